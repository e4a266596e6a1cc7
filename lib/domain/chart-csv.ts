// A chart's table as CSV: the header row and the rows exactly as the table shows them, numbers unformatted
// (percentages as whole numbers, the unit in the column header), empty cells for "no data".
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/exports/neutralise-formula";
import type { ChartTable } from "./chart-tables";

export const CHART_CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export function chartTableToCsv(table: ChartTable): string {
  const records = [table.rowHeader, ...table.columns.map((column) => column.header)];
  const rows = [...table.rows, ...(table.footer ? [table.footer] : [])].map((row) => [
    row.label,
    ...row.values.map((value) => (value === null ? "" : value)),
  ]);
  return stringify([records, ...rows], {
    bom: true,
    record_delimiter: "\r\n",
    quote_record_delimiter: true,
    // Names typed by members (themes, member names) could start a spreadsheet formula: neutralised, as in every export.
    cast: { string: (value) => neutraliseFormula(value) },
  });
}

/** e.g. "wps-status-by-theme-2026-11-29.csv" */
export function chartCsvFilename(chart: string, today: string): string {
  return `wps-${chart}-${today}.csv`;
}
