import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageOffer } from "@/components/i18n/language-offer";
import { languageOffers } from "@/components/i18n/language-offers";
import { ChartSection } from "@/components/dashboard/chart-section";
import { dashboardPreview } from "@/components/link-previews/dashboard-preview";
import { DemoViewToggle } from "@/components/dashboard/demo-view-toggle";
import { FilterChips } from "@/components/public/filter-chips";
import { DashboardFilterForm } from "@/components/public/filter-form-dashboard";
import { HeadlineFigures } from "@/components/public/headline-figures";
import { RecentUpdates } from "@/components/public/recent-updates";
import { hasFilters, type SearchParams } from "@/lib/domain/commitment-filters";
import { getChartData } from "@/lib/data/public/get-chart-data";
import { getChartLabels } from "@/lib/i18n/chart-labels";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { getDashboardFigures } from "@/lib/data/public/get-dashboard-figures";
import { getDashboardView } from "@/lib/data/public/get-dashboard-view";
import { viewQueryOutsideForm } from "@/lib/domain/dashboard-view";
import { getRecentUpdates } from "@/lib/data/public/get-recent-updates";
import { buildChartTable } from "@/lib/domain/chart-tables";
import { CHART_IDS, CHART_MESSAGES, isChartId, SHARED_CHART_PARAM } from "@/lib/domain/dashboard-charts";
import { pageMetadata } from "@/lib/link-previews/page-metadata";
import { withFeed } from "@/lib/feeds/feed-metadata";
import { hasDemonstrationData } from "@/lib/data/has-demonstration-data";
import { pathInLocale } from "@/lib/i18n/redirect";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const params = await searchParams;
  const view = await getDashboardView(params, await getContentLocale());
  const shared = [params[SHARED_CHART_PARAM]].flat()[0];
  const chart = isChartId(shared) ? shared : "status-overall";
  const data = await getChartData(chart, view.filters, view.today, view.measure, view.locale);
  const table = buildChartTable(data, await getChartLabels(view.locale));
  const metadata = await pageMetadata(await dashboardPreview(view, { data, table }, isChartId(shared)));
  return withFeed(metadata, { kind: "all" }, view.locale);
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = await getDashboardView(await searchParams, await getContentLocale());
  const { filters, today, measure, locale: contentLocale } = view;
  const [demoAvailable, figures, recent, ...charts] = await Promise.all([
    hasDemonstrationData(),
    getDashboardFigures(filters, today),
    getRecentUpdates(filters, contentLocale),
    ...CHART_IDS.map((chart) => getChartData(chart, filters, today, measure, contentLocale)),
  ]);
  const t = await getTranslations("public.dashboard");
  const tCharts = await getTranslations("public.charts");
  const tAssessments = await getTranslations("assessments.comparison");
  const locale = await getLocale();
  // A plain link, like the charts' drill-downs: one component fewer for the browser to hydrate.
  const assessmentsPath = await pathInLocale("/assessments");
  return (
    <div className="space-y-10">
      {/* Only at the English address a shared link or a typed one leads to: elsewhere the language was chosen. */}
      {locale === "en" && <LanguageOffer offers={languageOffers()} />}
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </header>
      <div className="space-y-3">
        <DashboardFilterForm
          action="/"
          options={{ themes: view.options.themes, meetings: view.options.meetings, years: view.options.years }}
          values={filters}
          keep={viewQueryOutsideForm(view)}
        />
        <FilterChips view={view} path="/" />
        {hasFilters(filters) && <p className="text-sm font-medium">{t("filtered")}</p>}
        <DemoViewToggle view={view} path="/" available={demoAvailable} />
      </div>
      <HeadlineFigures figures={figures} />
      <nav aria-labelledby="charts-nav" className="no-print text-sm">
        <h2 id="charts-nav" className="sr-only">
          {t("chartsNav")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {CHART_IDS.map((chart) => (
            <li key={chart}>
              <a href={`#${chart}`}>{tCharts(`${CHART_MESSAGES[chart]}.heading`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {charts.map((data) => (
        <ChartSection
          key={data.chart}
          data={data}
          view={view}
          lastPublishedAt={figures.lastPublishedAt}
          mode="dashboard"
        />
      ))}
      <RecentUpdates updates={recent} />
      <p className="no-print">
        <a href={assessmentsPath}>{tAssessments("dashboardLink")}</a>
      </p>
    </div>
  );
}
