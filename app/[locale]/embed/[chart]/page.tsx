import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartSection } from "@/components/dashboard/chart-section";
import { embeddedChartPreview } from "@/components/link-previews/dashboard-preview";
import { FilterChips } from "@/components/public/filter-chips";
import type { SearchParams } from "@/lib/domain/commitment-filters";
import { getChartData } from "@/lib/data/public/get-chart-data";
import { getChartLabels } from "@/lib/i18n/chart-labels";
import { getContentLocale } from "@/lib/i18n/content-locale";
import { getDashboardFigures } from "@/lib/data/public/get-dashboard-figures";
import { getDashboardView } from "@/lib/data/public/get-dashboard-view";
import { buildChartTable } from "@/lib/domain/chart-tables";
import { isChartId } from "@/lib/domain/dashboard-charts";
import { pageMetadata } from "@/lib/link-previews/page-metadata";

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartId(chart)) return {};
  const view = await getDashboardView(await searchParams, await getContentLocale());
  const data = await getChartData(chart, view.filters, view.today, view.measure, view.locale);
  const table = buildChartTable(data, await getChartLabels(view.locale));
  // Not indexed (the dashboard is the page to find), but a pasted link still shows the chart.
  return { ...(await pageMetadata(await embeddedChartPreview(view, { data, table }))), robots: { index: false } };
}

/** One chart of the dashboard, with the same URL state, for an iframe on another site (framing is allowed here only). */
export default async function EmbeddedChartPage({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  const view = await getDashboardView(await searchParams, await getContentLocale());
  const [data, figures] = await Promise.all([
    getChartData(chart, view.filters, view.today, view.measure, view.locale),
    getDashboardFigures(view.filters, view.today),
  ]);
  return (
    <div className="space-y-3">
      <FilterChips view={view} path={`/embed/${chart}`} removable={false} />
      <ChartSection data={data} view={view} lastPublishedAt={figures.lastPublishedAt} mode="embed" />
    </div>
  );
}
