import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FiltersForm } from "@/components/public/filters-form";
import { HeadlineFigures } from "@/components/public/headline-figures";
import { RecentUpdates } from "@/components/public/recent-updates";
import { StatusByThemeSection } from "@/components/public/status-by-theme-section";
import { StatusOverallSection } from "@/components/public/status-overall-section";
import { hasFilters, parseCommitmentFilters, type SearchParams } from "@/lib/data/public/commitment-filters";
import { getDashboardFigures } from "@/lib/data/public/get-dashboard-figures";
import { getStatusByTheme } from "@/lib/data/public/get-status-by-theme";
import { getStatusOverall } from "@/lib/data/public/get-status-overall";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";
import { listRecentUpdates } from "@/lib/data/public/list-recent-updates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const options = await listFilterOptions();
  // The dashboard charts statuses, so it filters by everything but status (and offers no text search).
  const { theme, member, pillar } = parseCommitmentFilters(await searchParams, options);
  const filters = { theme, member, pillar };
  const [figures, byTheme, overall, recent] = await Promise.all([
    getDashboardFigures(filters),
    getStatusByTheme(filters),
    getStatusOverall(filters),
    listRecentUpdates(filters),
  ]);
  const t = await getTranslations("public.dashboard");
  const format = await getFormatter();
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </header>
      <div className="space-y-2">
        <FiltersForm action="/" options={options} values={filters} />
        {hasFilters(filters) && <p className="text-sm font-medium">{t("filtered")}</p>}
      </div>
      <HeadlineFigures figures={figures} />
      <StatusByThemeSection rows={byTheme} filters={filters} />
      <StatusOverallSection overall={overall} />
      <RecentUpdates updates={recent} />
      <footer className="space-y-1 border-t border-line pt-4 text-sm text-ink-muted">
        <p>{t("source")}</p>
        <p>
          {figures.lastPublishedAt
            ? t("lastUpdated", { date: format.dateTime(figures.lastPublishedAt, { dateStyle: "long" }) })
            : t("neverUpdated")}
        </p>
      </footer>
    </div>
  );
}
