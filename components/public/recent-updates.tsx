import { getFormatter, getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import type { RecentUpdate } from "@/lib/data/public/list-recent-updates";
import { DemoBadge } from "./demo-badge";
import { StatusBadge } from "./status-badge";

/**
 * The latest published updates, under the dashboard's charts. Their links are plain links, like the charts' tables
 * (components/dashboard/chart-data-table.tsx): each would otherwise be a component for the browser to hydrate, for
 * a click few readers make.
 */
export async function RecentUpdates({ updates }: { updates: RecentUpdate[] }) {
  const t = await getTranslations("public.recent");
  const format = await getFormatter();
  const commitments = await pathInLocale("/commitments");
  return (
    <section aria-labelledby="recent-updates" className="space-y-3">
      <h2 id="recent-updates" className="text-xl">
        {t("heading")}
      </h2>
      {updates.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-line rounded-md border border-line">
          {updates.map((update) => (
            <li key={update.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
              <time dateTime={update.publishedAt.toISOString()} className="text-sm tabular-nums text-ink-muted">
                {format.dateTime(update.publishedAt, { dateStyle: "medium" })}
              </time>
              <a href={`${commitments}/${update.commitment.slug}`} className="font-medium">
                {t.rich("item", {
                  member: () => <bdi lang={update.commitment.member.lang}>{update.commitment.member.name}</bdi>,
                  title: () => <bdi lang={update.commitment.lang}>{update.commitment.title}</bdi>,
                })}
              </a>
              <StatusBadge status={update.status} />
              {update.isDemo && <DemoBadge />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
