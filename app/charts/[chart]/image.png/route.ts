import { getFormatter, getTranslations } from "next-intl/server";
import { chartCard } from "@/components/link-previews/preview-cards";
import { filtersSentence } from "@/components/public/filter-labels";
import { getChartData } from "@/lib/data/public/get-chart-data";
import { getChartLabels } from "@/lib/i18n/chart-labels";
import { formatPercent } from "@/lib/i18n/format-percent";
import { PREVIEW_LOCALE_PARAM } from "@/lib/link-previews/preview-locale";
import { getDashboardView } from "@/lib/data/public/get-dashboard-view";
import { searchParamsRecord } from "@/lib/domain/dashboard-view";
import { buildChartTable } from "@/lib/domain/chart-tables";
import { CHART_MESSAGES, isChartId } from "@/lib/domain/dashboard-charts";
import { STATUS_CATEGORIES, statusLabelKey, type StatusCategory } from "@/lib/domain/implementation-status";
import { getPreviewFrame, getPreviewLocale, previewImageResponse } from "@/lib/link-previews/preview-image-response";

/** GET /charts/<chart>/image.png?<filters>: the chart drawn for the same filters as the dashboard, for link previews. */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  if (!isChartId(chart)) return new Response(null, { status: 404 });
  const search = new URL(request.url).searchParams;
  search.delete(PREVIEW_LOCALE_PARAM);
  const locale = await getPreviewLocale();
  const view = await getDashboardView(searchParamsRecord(search), locale);
  const data = await getChartData(chart, view.filters, view.today, view.measure, view.locale);
  const [frame, t, tCharts, tMap, tStatus, labels, filters, format] = await Promise.all([
    getPreviewFrame(),
    getTranslations("previews.chart"),
    getTranslations("public.charts"),
    getTranslations("public.charts.map"),
    getTranslations("statuses"),
    getChartLabels(view.locale),
    filtersSentence(view),
    getFormatter(),
  ]);
  const statuses = Object.fromEntries(
    STATUS_CATEGORIES.map((category) => [category, tStatus(statusLabelKey(category))]),
  ) as Record<StatusCategory, string>;
  return previewImageResponse(
    chartCard(frame, {
      title: tCharts(`${CHART_MESSAGES[chart]}.heading`),
      filters,
      data,
      table: buildChartTable(data, labels),
      labels: {
        statuses,
        more: (count) => t("moreRows", { count }),
        empty: t("empty"),
        mapBin: ({ min, max }) =>
          view.measure === "commitments"
            ? tMap("legendCount", { min, max, same: min === max ? "yes" : "no" })
            : tMap("legendPercent", { min: formatPercent(format, min), max: formatPercent(format, max) }),
        mapNoData: tMap("legendNoData"),
        mapUnit: view.measure === "commitments" ? tMap("legendCountUnit") : tMap("legendPercentUnit"),
      },
    }),
    locale,
  );
}
