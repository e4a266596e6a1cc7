import "server-only";
import { getTranslations } from "next-intl/server";
import { describeChart } from "@/components/dashboard/describe-chart";
import { filtersSentence } from "@/components/public/filter-labels";
import type { ChartData } from "@/lib/data/public/get-chart-data";
import type { DashboardView } from "@/lib/data/public/get-dashboard-view";
import { viewHref, viewQuery } from "@/lib/domain/dashboard-view";
import type { ChartTable } from "@/lib/domain/chart-tables";
import { CHART_MESSAGES, SHARED_CHART_PARAM, type ChartId } from "@/lib/domain/dashboard-charts";
import { truncateText } from "@/lib/domain/truncate-text";
import type { PagePreview } from "@/lib/link-previews/page-metadata";

/** A chart's data for a view, and its table (the labels its summary names). */
type Chart = { data: ChartData; table: ChartTable };

/**
 * The dashboard's preview: the chart a link was shared from (`?chart=`), else the overall status, each drawn for the
 * filters in the link.
 */
export async function dashboardPreview(
  view: DashboardView,
  { data, table }: Chart,
  shared: boolean,
): Promise<PagePreview> {
  const [t, tDashboard] = await Promise.all([
    getTranslations("previews.dashboard"),
    getTranslations("public.dashboard"),
  ]);
  const chart = await chartTexts(view, data, table);
  const filters = await filtersSentence(view);
  const query = new URLSearchParams(viewQuery(view));
  if (shared) query.set(SHARED_CHART_PARAM, data.chart);
  const search = query.toString();
  return {
    path: search ? `/?${search}` : "/",
    title: shared
      ? t("chartTitle", { chart: chart.heading, dashboard: tDashboard("metaTitle") })
      : tDashboard("metaTitle"),
    description: truncateText(
      shared ? chart.description : filters ? t("filteredDescription", { filters }) : t("description"),
      300,
    ),
    image: chart.image,
  };
}

/** An embedded chart's preview: the chart itself. */
export async function embeddedChartPreview(view: DashboardView, { data, table }: Chart): Promise<PagePreview> {
  const chart = await chartTexts(view, data, table);
  return {
    path: viewHref(`/embed/${data.chart}`, view),
    title: chart.heading,
    description: truncateText(chart.description, 300),
    image: chart.image,
  };
}

/** The chart's heading, its summary with the filters in force, and its image for the view. */
async function chartTexts(view: DashboardView, data: ChartData, table: ChartTable) {
  const [t, tCharts] = await Promise.all([getTranslations("previews.chart"), getTranslations("public.charts")]);
  const heading = tCharts(`${CHART_MESSAGES[data.chart]}.heading`);
  const summary = (await describeChart(data, table)) ?? t("empty");
  const filters = await filtersSentence(view);
  const description = filters ? t("withFilters", { summary, filters }) : summary;
  return {
    heading,
    description,
    image: { path: chartImagePath(data.chart, view), alt: t("imageAlt", { chart: heading, summary: description }) },
  };
}

/** The chart's own image for a view: app/charts/[chart]/image.png. */
function chartImagePath(chart: ChartId, view: DashboardView): string {
  return viewHref(`/charts/${chart}/image.png`, view);
}
