import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { buttonClass, INPUT_CLASS } from "@/components/form/styles";
import { StatusBadge } from "@/components/public/status-badge";
import { SecretariatOnlyParts } from "@/components/updates/secretariat-only-parts";
import { signInPath } from "@/lib/auth/callback-url";
import { isReviewer } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { listMyAssessments } from "@/lib/data/workspace/list-my-assessments";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.workspace");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A reviewer's assessments, and finding a commitment to assess. */
export default async function MyAssessmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath("/workspace/assessments"));
  if (!isReviewer(user)) return redirectInLocale("/workspace");
  const params = await searchParams;
  const search = typeof params.q === "string" ? params.q : "";
  const [{ organisation, assessments, matches }, t, tReview, tState, format] = await Promise.all([
    listMyAssessments(user, search),
    getTranslations("assessments.workspace"),
    getTranslations("assessments.review"),
    getTranslations("statuses.review"),
    getFormatter(),
  ]);
  const done = params.done === "submitted" ? t("submittedNotice") : null;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">
          {t.rich("intro", { organisation: organisation.name, name: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
        {!organisation.accredited && (
          <p className="max-w-3xl font-semibold" role="status">
            {t("notAccredited")}
          </p>
        )}
      </header>
      <ConfirmationNotice message={done} />

      <section aria-labelledby="find-heading" className="space-y-3">
        <h2 id="find-heading" className="text-2xl">
          {t("find.title")}
        </h2>
        <form action="" method="get" className="flex flex-wrap items-end gap-3" role="search">
          <div className="space-y-1">
            <label htmlFor="q" className="block font-semibold">
              {t("find.label")}
            </label>
            <input id="q" name="q" type="search" defaultValue={search} className={`${INPUT_CLASS} max-w-md`} />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("find.submit")}
          </button>
        </form>
        {search !== "" &&
          (matches.length === 0 ? (
            <p>{t("find.none")}</p>
          ) : (
            <ul className="list-disc space-y-1 ps-5">
              {matches.map((match) => (
                <li key={match.slug}>
                  <Link href={`/workspace/assessments/${match.slug}`}>{t("find.assess", { title: match.title })}</Link>{" "}
                  <span className="text-ink-muted">
                    (<bdi>{match.member.name}</bdi>)
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </section>

      <section aria-labelledby="mine-heading" className="space-y-3">
        <h2 id="mine-heading" className="text-2xl">
          {t("mine.title")}
        </h2>
        {assessments.length === 0 ? (
          <p>{t("mine.empty")}</p>
        ) : (
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t("mine.title")}</caption>
            <thead>
              <tr className="border-b border-line-strong">
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("mine.commitment")}
                </th>
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("mine.rating")}
                </th>
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("mine.state")}
                </th>
                <th scope="col" className="py-2 text-start">
                  {t("mine.changed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((assessment) => (
                <tr key={assessment.id} className="border-b border-line align-top">
                  <td className="py-2 pe-4">
                    {assessment.reviewState === "DRAFT" || assessment.reviewState === "RETURNED" ? (
                      <Link href={`/workspace/assessments/${assessment.commitment.slug}`}>
                        {assessment.commitment.title}
                      </Link>
                    ) : (
                      <Link href={`/commitments/${assessment.commitment.slug}`}>{assessment.commitment.title}</Link>
                    )}
                    <span className="block text-ink-muted">
                      <bdi>{assessment.commitment.member.name}</bdi>
                    </span>
                    <SecretariatOnlyParts
                      passage={assessment.privatePassage?.body ?? null}
                      links={assessment.privateEvidence}
                      lang={assessment.language}
                      who={tReview("secretariatOnlyWho")}
                    />
                  </td>
                  <td className="py-2 pe-4">
                    <StatusBadge status={assessment.status} />
                  </td>
                  <td className="py-2 pe-4">
                    {tState(assessment.reviewState)}
                    {assessment.reviewState === "RETURNED" && assessment.reviewComment && (
                      <span className="block">{t("mine.returnedComment", { comment: assessment.reviewComment })}</span>
                    )}
                  </td>
                  <td className="py-2">{format.dateTime(assessment.updatedAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
