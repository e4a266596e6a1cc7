import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { StatusBadge } from "@/components/public/status-badge";
import { saveAssessmentAction } from "@/lib/actions/save-assessment";
import { signInPath } from "@/lib/auth/callback-url";
import { isReviewer } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { getAssessmentForm } from "@/lib/data/workspace/get-assessment-form";
import { statusCategory } from "@/lib/domain/implementation-status";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.form");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A reviewer writes (or continues) their assessment of one commitment. */
export default async function AssessCommitmentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath(`/workspace/assessments/${encodeURIComponent(slug)}`));
  if (!isReviewer(user)) notFound();
  const data = await getAssessmentForm(user, slug);
  if (!data) notFound();
  const [t, pageLocale] = await Promise.all([getTranslations("assessments.form"), getContentLocale()]);
  const { commitment, assessment, organisation } = data;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/workspace/assessments">{t("back")}</Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("commitment")}</dt>
          <dd>
            <Link href={`/commitments/${commitment.slug}`}>{commitment.title}</Link>
          </dd>
          <dt className="font-semibold">{t("member")}</dt>
          <dd>
            <bdi>{commitment.member.name}</bdi>
          </dd>
          <dt className="font-semibold">{t("selfReported")}</dt>
          <dd>
            <StatusBadge status={statusCategory(commitment.currentStatus)} />
          </dd>
          <dt className="font-semibold">{t("organisation")}</dt>
          <dd>
            <bdi>{organisation.name}</bdi>
          </dd>
        </dl>
        <p className="text-sm text-ink-muted">{t("intro")}</p>
      </header>
      <ConfirmationNotice message={query.done === "saved" ? t("savedNotice") : null} />
      {assessment?.reviewState === "RETURNED" && assessment.reviewComment && (
        <div className="space-y-1 rounded-md border-2 border-line-strong p-4" role="note">
          <p className="font-semibold">{t("returnedTitle")}</p>
          <p className="whitespace-pre-line">{assessment.reviewComment}</p>
        </div>
      )}
      {organisation.accredited ? (
        <AssessmentForm
          action={saveAssessmentAction}
          commitmentId={commitment.id}
          assessment={assessment && { id: assessment.id, version: assessment.version }}
          initial={assessment?.values ?? {}}
          pageLocale={pageLocale}
        />
      ) : (
        <p className="font-semibold">{t("notAccredited")}</p>
      )}
    </div>
  );
}
