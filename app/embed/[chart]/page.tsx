import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChartSection } from "@/components/dashboard/chart-section";
import { FilterChips } from "@/components/public/filter-chips";
import type { SearchParams } from "@/lib/domain/commitment-filters";
import { getChartData } from "@/lib/data/public/get-chart-data";
import { getDashboardFigures } from "@/lib/data/public/get-dashboard-figures";
import { getDashboardView } from "@/lib/data/public/get-dashboard-view";
import { CHART_MESSAGES, isChartId } from "@/lib/domain/dashboard-charts";

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartId(chart)) return {};
  const t = await getTranslations("public.charts");
  return { title: t(`${CHART_MESSAGES[chart]}.heading`), robots: { index: false } };
}

/** One chart of the dashboard, with the same URL state, for an iframe on another site (framing is allowed here only). */
export default async function EmbeddedChartPage({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  const view = await getDashboardView(await searchParams);
  const [data, figures] = await Promise.all([
    getChartData(chart, view.filters, view.today, view.measure),
    getDashboardFigures(view.filters, view.today),
  ]);
  return (
    <div className="space-y-3">
      <FilterChips view={view} path={`/embed/${chart}`} removable={false} />
      <ChartSection data={data} view={view} lastPublishedAt={figures.lastPublishedAt} mode="embed" />
    </div>
  );
}
