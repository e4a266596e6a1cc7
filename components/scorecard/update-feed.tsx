import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/i18n/format-percent";
import { VerificationBadge } from "@/components/explorer/verification-badge";
import { DemoBadge } from "@/components/public/demo-badge";
import { StatusBadge } from "@/components/public/status-badge";
import type { TimelineUpdate } from "@/lib/data/public/list-published-updates";

type Props = {
  updates: TimelineUpdate[];
  total: number;
  /** Where the rest are: the explorer filtered to this member or theme, latest update first. */
  moreHref: { pathname: string; query: Record<string, string> };
  /** Show who pledged each commitment (a theme spans members; a member page does not need it). */
  showMember: boolean;
};

/** The latest published updates of a member or theme, newest first, each linking to its commitment's timeline. */
export async function UpdateFeed({ updates, total, moreHref, showMember }: Props) {
  const t = await getTranslations("explorer.feed");
  const tUpdate = await getTranslations("public.update");
  const format = await getFormatter();
  return (
    <section aria-labelledby="latest-updates" className="space-y-3">
      <h2 id="latest-updates" className="text-2xl">
        {t("heading")}
      </h2>
      {updates.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="text-sm text-ink-muted">{t("intro", { shown: updates.length, total })}</p>
          <ol className="space-y-4 border-s-2 border-line-strong ps-6 print:border-s-0 print:ps-0">
            {updates.map((update) => (
              <li key={update.id} className="space-y-2 print:break-inside-avoid">
                <h3 className="text-base">
                  <time
                    dateTime={update.publishedAt.toISOString()}
                    className="block text-sm font-normal text-ink-muted"
                  >
                    {tUpdate("publishedOn", { date: format.dateTime(update.publishedAt, { dateStyle: "long" }) })}
                  </time>
                  <Link href={`/commitments/${update.commitment.slug}`}>{update.commitment.title}</Link>
                </h3>
                {showMember && (
                  <p className="text-sm">
                    <Link href={`/members/${update.commitment.member.slug}`}>{update.commitment.member.name}</Link>
                  </p>
                )}
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={update.status} />
                  <VerificationBadge verification={update.verification} />
                  {update.percentComplete !== null && (
                    <span className="text-sm tabular-nums">
                      {t("percent", { percent: formatPercent(format, update.percentComplete) })}
                    </span>
                  )}
                  <span className="text-sm text-ink-muted">{t("evidence", { count: update.evidenceCount })}</span>
                  {update.isDemo && <DemoBadge />}
                </p>
                <p className="max-w-3xl text-sm">
                  {update.narrativeRedactedAt ? (
                    <span className="italic">
                      {tUpdate("redacted", {
                        date: format.dateTime(update.narrativeRedactedAt, { dateStyle: "long" }),
                      })}
                    </span>
                  ) : (
                    update.narrative
                  )}
                </p>
              </li>
            ))}
          </ol>
          {total > updates.length && (
            <p className="no-print">
              <Link href={moreHref}>{t("more", { total })}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
