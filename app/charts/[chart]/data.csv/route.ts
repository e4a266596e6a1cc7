import { getChartData } from "@/lib/data/public/get-chart-data";
import { getChartLabels } from "@/lib/i18n/chart-labels";
import { getDashboardView } from "@/lib/data/public/get-dashboard-view";
import { searchParamsRecord } from "@/lib/domain/dashboard-view";
import { chartCsvFilename, chartTableToCsv } from "@/lib/open-data/chart-csv";
import { CSV_MEDIA_TYPE } from "@/lib/open-data/download-files";
import { buildChartTable } from "@/lib/domain/chart-tables";
import { isChartId } from "@/lib/domain/dashboard-charts";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

/**
 * GET /charts/<chart>/data.csv?<filters>&locale=<language>: exactly the table shown under the chart with the same
 * filters, as CSV, for people: headers and labels (statuses, themes, members, countries) in the language of the page
 * it was downloaded from (`locale`, English without it). The open data under /data and the API keep stable machine
 * column names; this file is the table a reader saw.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  if (!isChartId(chart)) {
    return new Response(`Unknown chart "${chart.slice(0, 60)}".`, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const search = new URL(request.url).searchParams;
  const requested = search.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  search.delete("locale");
  const view = await getDashboardView(searchParamsRecord(search), locale);
  const data = await getChartData(chart, view.filters, view.today, view.measure, locale);
  const csv = chartTableToCsv(buildChartTable(data, await getChartLabels(locale)));
  return new Response(csv, {
    headers: {
      "Content-Type": CSV_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="${chartCsvFilename(chart, view.today)}"`,
      "Cache-Control": "no-store",
      "Content-Language": locale,
    },
  });
}
