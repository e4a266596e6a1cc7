import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { CommitmentListItem } from "@/lib/data/public/list-commitments";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

/** One commitment in the list: what, who, where it stands, and when it was last reported on. */
export function CommitmentRow({ item }: { item: CommitmentListItem }) {
  const t = useTranslations("public.list");
  const tStatus = useTranslations("statuses");
  const tProgress = useTranslations("public.progress");
  const format = useFormatter();
  return (
    <li className="space-y-2 rounded-md border border-line p-4">
      <h3 className="text-lg leading-snug">
        <Link href={`/commitments/${item.slug}`}>{item.title}</Link>
      </h3>
      <p className="text-sm text-ink-muted">
        {item.member.name} · {tStatus(`memberKind.${item.member.kind}`)}
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <StatusBadge status={item.status} />
        <ProgressBar percent={item.currentPercent} label={tProgress("labelFor", { title: item.title })} />
        <span className="text-sm text-ink-muted">
          {item.lastPublishedAt
            ? t("lastUpdate", { date: format.dateTime(item.lastPublishedAt, { dateStyle: "medium" }) })
            : t("noUpdate")}
        </span>
      </div>
      {item.themes.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">{t("themes")}:</span> {item.themes.join(", ")}
        </p>
      )}
    </li>
  );
}
