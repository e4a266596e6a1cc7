import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { StatusBadge } from "@/components/public/status-badge";
import { RedactableEvidence, RedactableText } from "@/components/secretariat/review/redactable-parts";
import { SecretariatOnlyParts } from "@/components/updates/secretariat-only-parts";
import { redactAssessmentAction } from "@/lib/actions/redact-assessment";
import { getPublishedAssessment } from "@/lib/data/secretariat/get-published-assessment";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { textParam, type SearchParams } from "@/lib/validation/console-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.published");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * One published independent assessment for the secretariat: what the public sees, its secretariat-only parts, and
 * redaction of its narrative, a link or a member's response (decision 0023).
 */
export default async function PublishedAssessmentPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const assessment = await readForPage(pagePath(`/secretariat/assessments/${id}`, query), (user) =>
    getPublishedAssessment(user, id),
  );
  if (!assessment) notFound();
  const [t, tPublished, tRedact, tReview, format] = await Promise.all([
    getTranslations("assessments.published"),
    getTranslations("review.published"),
    getTranslations("review.redact"),
    getTranslations("assessments.review"),
    getFormatter(),
  ]);
  const date = (when: Date) => format.dateTime(when, { dateStyle: "long" });
  const done = textParam(query, "done", 20);
  const record = { action: redactAssessmentAction, id: assessment.id, version: assessment.version };
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/secretariat/assessments">{t("back")}</Link>
        </p>
        <p className="text-sm font-semibold text-ink-muted">{t("eyebrow")}</p>
        <h1 className="text-3xl">{assessment.commitment.title}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{tPublished("member")}</dt>
          <dd>{assessment.commitment.member.name}</dd>
          <dt className="font-semibold">{tReview("organisation")}</dt>
          <dd>{assessment.organisation.name}</dd>
          <dt className="font-semibold">{tPublished("publishedOn")}</dt>
          <dd>{assessment.publishedAt ? date(assessment.publishedAt) : ""}</dd>
        </dl>
        <p>
          <Link href={`/commitments/${assessment.commitment.slug}`}>{tPublished("publicPage")}</Link>
        </p>
      </header>
      <ConfirmationNotice message={done === "redacted" ? tPublished("redactedNotice") : null} />
      <p>
        <StatusBadge status={assessment.status} />
      </p>
      <section aria-labelledby="narrative-heading" className="space-y-3">
        <h2 id="narrative-heading" className="text-xl">
          {t("narrative")}
        </h2>
        <RedactableText
          record={record}
          part="narrative"
          text={assessment.narrative}
          language={assessment.language}
          redactedAt={assessment.narrativeRedactedAt}
          submitLabel={tRedact("narrative")}
        />
      </section>
      <RedactableEvidence
        record={record}
        evidence={assessment.evidence}
        redactedEvidence={assessment.redactedEvidence}
      />
      <section aria-labelledby="responses-heading" className="space-y-3">
        <h2 id="responses-heading" className="text-xl">
          {t("responses")}
        </h2>
        {assessment.responses.length === 0 && <p>{t("noResponses")}</p>}
        <ul className="space-y-4">
          {assessment.responses.map((response) => (
            <li key={response.id} className="space-y-2 rounded border border-line p-3">
              <p className="text-sm font-semibold">
                <bdi>{response.member.name}</bdi> · {date(response.publishedAt)}
              </p>
              <RedactableText
                record={record}
                part={response.id}
                text={response.text}
                language={response.language}
                redactedAt={response.textRedactedAt}
                submitLabel={t("redactResponse", { member: response.member.name })}
              />
            </li>
          ))}
        </ul>
      </section>
      <SecretariatOnlyParts
        passage={assessment.privatePassage?.body ?? null}
        links={assessment.privateEvidence}
        headingLevel="h2"
        lang={assessment.language}
        who={tReview("secretariatOnlyWho")}
      />
    </div>
  );
}
