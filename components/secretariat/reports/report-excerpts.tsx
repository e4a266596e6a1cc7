import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { StatusBadge } from "@/components/public/status-badge";
import type { ReportExcerpt } from "@/lib/domain/report-snapshot";

/** Excerpts of updates published in the cycle, in the members' own words, newest first. */
export async function ReportExcerpts({ excerpts }: { excerpts: ReportExcerpt[] }) {
  const [t, format] = await Promise.all([getTranslations("reporting.report.excerpts"), getFormatter()]);
  return (
    <section aria-labelledby="excerpts-heading" className="space-y-3">
      <h2 id="excerpts-heading" className="text-2xl">
        {t("heading")}
      </h2>
      {excerpts.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="text-ink-muted">{t("intro")}</p>
          <ul className="space-y-4">
            {excerpts.map((excerpt) => (
              <li key={`${excerpt.commitmentSlug}-${excerpt.publishedAt}`}>
                <figure className="space-y-1 border-s-4 border-line-strong ps-4">
                  <figcaption className="text-sm">
                    <span className="font-semibold">{excerpt.memberName}</span> · {excerpt.commitmentTitle} ·{" "}
                    <time dateTime={excerpt.publishedAt}>
                      {format.dateTime(new Date(excerpt.publishedAt), { dateStyle: "medium" })}
                    </time>{" "}
                    <StatusBadge status={excerpt.status} /> {excerpt.isDemo && <DemoBadge />}
                  </figcaption>
                  <blockquote className="whitespace-pre-line">{excerpt.text}</blockquote>
                </figure>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
