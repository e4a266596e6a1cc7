import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/public/pagination";
import { FilterForm, MemberThemeFilters } from "@/components/secretariat/filter-form";
import { PublishedTable } from "@/components/secretariat/review/published-table";
import { listFilterChoices } from "@/lib/data/secretariat/list-filter-choices";
import { listPublishedAssessments } from "@/lib/data/secretariat/list-published-assessments";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { keptQuery, pageParam, uuidParam, type SearchParams } from "@/lib/validation/console-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.published.list");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PATH = "/secretariat/assessments";

/** Every published independent assessment, to open one and redact it (decision 0023). */
export default async function PublishedAssessmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    memberId: uuidParam(params, "member"),
    themeId: uuidParam(params, "theme"),
    page: pageParam(params),
  };
  const { choices, published } = await readForPage(pagePath(PATH, params), async (user) => {
    // The first read refuses (and records the refusal) before the other runs.
    const published = await listPublishedAssessments(user, filters);
    return { published, choices: await listFilterChoices(user) };
  });
  const [t, tReview] = await Promise.all([getTranslations("assessments.published.list"), getTranslations("review")]);
  const filtered = Boolean(filters.memberId || filters.themeId);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </header>
      <FilterForm
        action={PATH}
        legend={t("filters")}
        submitLabel={tReview("filters.apply")}
        clearLabel={tReview("filters.clear")}
      >
        <MemberThemeFilters memberId={filters.memberId} themeId={filters.themeId} choices={choices} />
      </FilterForm>
      <p className="font-semibold">{t("count", { count: published.total })}</p>
      <PublishedTable
        caption={t("caption")}
        empty={filtered ? t("emptyFiltered") : t("empty")}
        rows={published.items.map((assessment) => ({
          id: assessment.id,
          href: `/secretariat/assessments/${assessment.id}`,
          openLabel: t("openOn", { title: assessment.commitment.title }),
          title: assessment.commitment.title,
          memberName: assessment.commitment.member.name,
          organisationName: assessment.organisation.name,
          isDemo: assessment.isDemo,
          publishedAt: assessment.publishedAt,
          narrativeRedacted: assessment.narrativeRedactedAt !== null,
          linksRedacted: assessment._count.redactedEvidence,
          responsesRedacted: assessment._count.responses,
          hasSecretariatOnly: Boolean(assessment.privatePassage) || assessment._count.privateEvidence > 0,
        }))}
      />
      <Pagination
        page={published.page}
        pageCount={published.pageCount}
        pathname={PATH}
        query={keptQuery(params, ["member", "theme"])}
        label={t("pagination")}
      />
    </div>
  );
}
