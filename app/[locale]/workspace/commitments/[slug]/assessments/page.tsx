import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentBody } from "@/components/assessments/assessment-body";
import { AssessmentResponseForm } from "@/components/assessments/assessment-response-form";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { respondToAssessmentAction } from "@/lib/actions/respond-to-assessment";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { listAssessmentsToAnswer } from "@/lib/data/workspace/list-assessments-to-answer";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.respond");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A focal point reads the published assessments of their member's commitment and responds to them. */
export default async function AnswerAssessmentsPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const path = `/workspace/commitments/${encodeURIComponent(slug)}/assessments`;
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath(path));
  const locale = await getContentLocale();
  const data = await listAssessmentsToAnswer(user, slug, locale);
  if (!data) notFound();
  const t = await getTranslations("assessments.respond");
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href={`/workspace/commitments/${data.slug}`}>{t("back")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>
          <Link href={`/commitments/${data.slug}`}>{data.title}</Link>
        </p>
        <p className="text-sm text-ink-muted">{t("intro")}</p>
      </header>
      <ConfirmationNotice message={query.done === "responded" ? t("respondedNotice") : null} />
      {data.assessments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        data.assessments.map((assessment) => (
          <article
            key={assessment.id}
            aria-labelledby={`assessment-${assessment.id}`}
            className="space-y-4 rounded border border-line p-4"
          >
            <h2 id={`assessment-${assessment.id}`} className="text-xl">
              {t.rich("assessedBy", {
                organisation: assessment.organisation.name,
                name: (chunks) => <bdi lang={assessment.organisation.lang}>{chunks}</bdi>,
              })}
            </h2>
            <AssessmentBody assessment={assessment} locale={locale} />
            <AssessmentResponseForm
              action={respondToAssessmentAction}
              assessmentId={assessment.id}
              organisation={assessment.organisation.name}
            />
          </article>
        ))
      )}
    </div>
  );
}
