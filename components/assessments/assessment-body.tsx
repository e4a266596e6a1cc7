import { getFormatter, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/demo-badge";
import { OriginalLanguageNote } from "@/components/public/original-language-note";
import { StatusBadge } from "@/components/public/status-badge";
import type { PublishedAssessment } from "@/lib/data/public/get-commitment-page";
import { safeHttpUrl } from "@/lib/domain/evidence-url";
import type { Locale } from "@/lib/i18n/locales";
import { isolate } from "@/lib/i18n/isolate";

/** One published assessment: its rating, the period it covers, its narrative in its own language, its evidence and
 * the member's responses under it. */
export async function AssessmentBody({ assessment, locale }: { assessment: PublishedAssessment; locale: Locale }) {
  const [t, tUpdate, format] = await Promise.all([
    getTranslations("assessments.public"),
    getTranslations("public.update"),
    getFormatter(),
  ]);
  const day = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  // What the secretariat redacted (decision 0023) is gone; the public sees only when.
  const redacted = (on: Date) => <span className="italic">{tUpdate("redacted", { date: day(on) })}</span>;
  const lang = assessment.language as Locale;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={assessment.status} />
        {assessment.isDemo && <DemoBadge />}
      </div>
      <p className="text-sm text-ink-muted">
        {t("period", { from: day(assessment.periodFrom), to: day(assessment.periodTo) })}
        {assessment.publishedAt && <> · {t("publishedOn", { date: day(assessment.publishedAt) })}</>}
      </p>
      <OriginalLanguageNote text={{ lang, shownInOriginal: lang !== locale }} />
      {assessment.narrativeRedactedAt ? (
        <p>{redacted(assessment.narrativeRedactedAt)}</p>
      ) : (
        <div className="max-w-3xl whitespace-pre-line" lang={lang}>
          {assessment.narrative}
        </div>
      )}
      {assessment.evidence.length + assessment.redactedEvidence.length > 0 && (
        <div className="text-sm">
          <p className="font-semibold">{t("evidence")}</p>
          <ul className="list-disc space-y-1 ps-5">
            {assessment.evidence.map((link) => {
              const href = safeHttpUrl(link.url);
              return (
                <li key={link.id} className="break-all">
                  {href ? (
                    <a href={href} rel="noopener noreferrer">
                      {link.label || href}
                    </a>
                  ) : (
                    link.url
                  )}
                </li>
              );
            })}
            {assessment.redactedEvidence.map((link) => (
              <li key={link.id}>{redacted(link.redactedAt)}</li>
            ))}
          </ul>
        </div>
      )}
      {assessment.responses.map((response) => (
        <aside
          key={response.id}
          aria-label={t("responseBy", { member: isolate(response.member.name) })}
          className="space-y-1 border-s-4 border-line-strong ps-3"
          data-testid="assessment-response"
        >
          <p className="text-sm font-semibold">
            {t.rich("responseByOn", {
              member: response.member.name,
              date: day(response.publishedAt),
              name: (chunks) => <bdi lang={response.member.lang}>{chunks}</bdi>,
            })}
          </p>
          <OriginalLanguageNote
            text={{ lang: response.language as Locale, shownInOriginal: response.language !== locale }}
          />
          {response.textRedactedAt ? (
            <p className="text-sm">{redacted(response.textRedactedAt)}</p>
          ) : (
            <div className="whitespace-pre-line text-sm" lang={response.language}>
              {response.text}
            </div>
          )}
        </aside>
      ))}
    </div>
  );
}
