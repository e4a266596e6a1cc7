import { Fragment } from "react";
import { Link } from "@/lib/i18n/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { lastUpdateAgo } from "@/components/explorer/last-update-ago";
import type { CommitmentListItem } from "@/lib/data/public/list-commitments";
import { DemoBadge } from "./demo-badge";
import { KindBadge } from "./kind-badge";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";
import { isolate } from "@/lib/i18n/isolate";

/** One commitment in a list: what, who, where it stands, and when it was last reported on. */
export function CommitmentRow({ item, headingLevel = 3 }: { item: CommitmentListItem; headingLevel?: 3 | 4 }) {
  const t = useTranslations("explorer.row");
  const tStatus = useTranslations("statuses");
  const tProgress = useTranslations("public.progress");
  const tTranslation = useTranslations("public.translation");
  const locale = useLocale();
  const tAge = useTranslations("explorer.age");
  const tDemo = useTranslations("public.demo");
  const format = useFormatter();
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="space-y-2 rounded-md border border-line p-4 print:break-inside-avoid">
      <Heading className="text-lg leading-snug">
        <Link href={`/commitments/${item.slug}`} lang={item.lang}>
          {item.title}
        </Link>
      </Heading>
      {item.shownInOriginal && (
        <p className="text-sm text-ink-muted">
          {tTranslation("shownInOriginal", {
            language: new Intl.DisplayNames([locale], { type: "language" }).of(item.lang) ?? item.lang,
          })}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
        <KindBadge kind={item.kind} />
        <Link href={`/members/${item.member.slug}`} lang={item.member.lang}>
          <bdi>{item.member.name}</bdi>
        </Link>
        {item.coMembers.map((member) => (
          <Fragment key={member.slug}>
            <span>{t("with")}</span>
            <Link href={`/members/${member.slug}`} lang={member.lang}>
              <bdi>{member.name}</bdi>
            </Link>
          </Fragment>
        ))}
        <span aria-hidden="true">·</span>
        <span>{tStatus(`memberKind.${item.member.kind}`)}</span>
        <span aria-hidden="true">·</span>
        <span>{t("madeAt", { meeting: item.meeting.title })}</span>
        {item.isDemo && <DemoBadge />}
      </p>
      {item.kind === "PLEDGE" && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <StatusBadge status={item.status} />
          <ProgressBar percent={item.currentPercent} label={tProgress("labelFor", { title: isolate(item.title) })} />
          <span className="text-sm text-ink-muted">
            {item.lastPublishedAt
              ? t("lastUpdate", {
                  date: format.dateTime(item.lastPublishedAt, { dateStyle: "medium" }),
                  ago: lastUpdateAgo(item.lastPublishedAt, format, tAge("today")),
                })
              : t("noUpdate")}
          </span>
          {item.includesDemonstrationData && (
            <span className="max-w-full text-sm" data-demo-note>
              <DemoBadge /> {tDemo("status")}
            </span>
          )}
        </div>
      )}
      {item.themes.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">{t("themes")}</span>{" "}
          {item.themes.map((theme, index) => (
            <Fragment key={theme.slug}>
              {index > 0 && ", "}
              <Link href={`/themes/${theme.slug}`} lang={theme.lang}>
                {theme.name}
              </Link>
            </Fragment>
          ))}
        </p>
      )}
    </li>
  );
}
