import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { OriginalLanguageNote } from "@/components/public/original-language-note";
import { StatusBadge } from "@/components/public/status-badge";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";
import { statusCategory } from "@/lib/domain/implementation-status";
import type { Locale } from "@/lib/i18n/locales";
import { AssessmentBody } from "./assessment-body";

/**
 * The member's latest self-report and the latest published independent assessment side by side, each labelled with
 * whose account it is; neither overwrites the other (docs/decisions/0022-independent-assessments.md). Older
 * assessments follow as the assessment history. Renders nothing while no assessment is published.
 */
export async function SelfReportAndAssessment({ commitment }: { commitment: CommitmentPage }) {
  const [latest, ...earlier] = commitment.assessments;
  if (!latest) return null;
  const [t, format, locale] = await Promise.all([getTranslations("assessments.public"), getFormatter(), getLocale()]);
  const selfReport = commitment.updates[0] ?? null;
  const selfStatus = statusCategory(selfReport?.status);
  const disagree = selfStatus !== latest.status;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  return (
    <section aria-labelledby="side-by-side" className="space-y-4">
      <h2 id="side-by-side" className="text-xl">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-sm text-ink-muted">{t("intro")}</p>
      <p className="font-semibold" data-testid="assessment-agreement">
        {disagree ? t("disagree") : t("agree")}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <article
          aria-labelledby="self-report-heading"
          className="space-y-3 rounded-md border border-line bg-paper-raised p-4 print:bg-paper"
          data-testid="self-report"
        >
          <h3 id="self-report-heading" className="text-lg">
            {t.rich("selfReportedBy", {
              member: commitment.member.name,
              name: (chunks) => <bdi lang={commitment.member.lang}>{chunks}</bdi>,
            })}
          </h3>
          <StatusBadge status={selfStatus} />
          {selfReport ? (
            <>
              {selfReport.publishedAt && (
                <p className="text-sm text-ink-muted">{t("publishedOn", { date: date(selfReport.publishedAt) })}</p>
              )}
              <OriginalLanguageNote
                text={{ lang: selfReport.language as Locale, shownInOriginal: selfReport.language !== locale }}
              />
              <div className="line-clamp-6 whitespace-pre-line" lang={selfReport.language}>
                {selfReport.narrative}
              </div>
              <p className="text-sm">
                <a href="#updates">{t("seeUpdates")}</a>
              </p>
            </>
          ) : (
            <p className="text-sm text-ink-muted">{t("noSelfReport")}</p>
          )}
        </article>
        <article
          aria-labelledby="assessment-heading"
          className="space-y-3 rounded-md border border-line-strong bg-paper-raised p-4 print:bg-paper"
          data-testid="independent-assessment"
        >
          <h3 id="assessment-heading" className="text-lg">
            {t.rich("assessedBy", {
              organisation: latest.organisation.name,
              name: (chunks) => <bdi lang={latest.organisation.lang}>{chunks}</bdi>,
            })}
          </h3>
          <AssessmentBody assessment={latest} locale={locale} />
        </article>
      </div>
      {earlier.length > 0 && (
        <section aria-labelledby="assessment-history" className="space-y-3">
          <h3 id="assessment-history" className="text-lg">
            {t("history")}
          </h3>
          <ol className="space-y-6 border-s-2 border-line-strong ps-6 print:border-s-0 print:ps-0">
            {earlier.map((assessment) => (
              <li key={assessment.id} className="space-y-2">
                <p className="font-semibold">
                  {t.rich("assessedBy", {
                    organisation: assessment.organisation.name,
                    name: (chunks) => <bdi lang={assessment.organisation.lang}>{chunks}</bdi>,
                  })}
                </p>
                <AssessmentBody assessment={assessment} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {latest.isDemo && <DemoBadge />}
    </section>
  );
}
