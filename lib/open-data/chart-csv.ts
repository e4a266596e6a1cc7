// A chart's table as CSV, for a spreadsheet: the header row and the rows exactly as the table shows them, numbers
// unformatted (percentages as whole numbers, the unit in the column header), empty cells for "no data". Names typed
// by members (themes, member names) could start a spreadsheet formula: neutralised, as in every export. When the
// figures include demonstration data, a last row says so, so the file never travels without its flag.
import type { ChartTable } from "@/lib/domain/chart-tables";
import { viewHref, type ViewParams } from "@/lib/domain/dashboard-view";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { csvText } from "./csv";

export function chartTableToCsv(table: ChartTable): string {
  const header = [table.rowHeader, ...table.columns.map((column) => column.header)];
  const rows = [...table.rows, ...(table.footer ? [table.footer] : [])].map((row) => [
    row.label,
    ...row.values.map((value) => (value === null ? "" : value)),
  ]);
  const note = table.note === null ? [] : [[table.note, ...table.columns.map(() => "")]];
  return csvText([header, ...rows, ...note], { bom: true });
}

/** e.g. "wps-status-by-theme-2026-11-29.csv" */
export function chartCsvFilename(chart: string, today: string): string {
  return `wps-${chart}-${today}.csv`;
}

/** The chart's CSV for the view, in the page's language: "/charts/map/data.csv?theme=localisation&locale=fr". */
export function chartCsvHref(chart: string, view: ViewParams, locale: Locale): string {
  const href = viewHref(`/charts/${chart}/data.csv`, view);
  if (locale === defaultLocale) return href;
  return `${href}${href.includes("?") ? "&" : "?"}${new URLSearchParams({ locale }).toString()}`;
}
