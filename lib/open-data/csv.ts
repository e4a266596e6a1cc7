// The one CSV format of every file the app writes: RFC 4180 (comma, double quotes, CRLF line ends), UTF-8, one header
// row of column names, then one row per record. The open data's files have no byte order mark (for programs;
// spreadsheet users have the XLSX file); files meant for a spreadsheet start with one, so that Excel reads UTF-8.
import { stringify } from "csv-stringify/sync";
import { csvCell, headerOf } from "./cells";
import type { ColumnContext, Table } from "./columns";
import { neutraliseFormula } from "./neutralise-formula";
import { readAhead } from "./read-ahead";

// Quote any cell holding CR or LF, not only the CRLF delimiter itself (csv-stringify's default once
// record_delimiter is set), or a lone "\n" in a narrative would split the record.
const OPTIONS = { record_delimiter: "\r\n", quote_record_delimiter: true } as const;

/**
 * Records as CSV text for a spreadsheet, every text cell neutralised (./neutralise-formula.ts). Rows are arrays, or
 * objects whose `columns` are written in that order (with a header row when `header` is set). The typed tables of
 * the open data write their own cells instead (csvRows), which neutralise text but leave numbers alone.
 */
export function csvText(
  records: readonly (readonly unknown[])[] | readonly Record<string, unknown>[],
  options: { bom?: boolean; header?: boolean; columns?: readonly string[] } = {},
): string {
  return stringify([...records], {
    ...OPTIONS,
    bom: options.bom ?? false,
    header: options.header ?? false,
    columns: options.columns ? [...options.columns] : undefined,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}

export function csvHeader(table: { columns: readonly { name: string }[] }): string {
  return csvLine(headerOf(table));
}

/**
 * Rows of a typed table, written by hand rather than by csv-stringify: the bulk files write millions of cells, and
 * csv-stringify's per-cell option handling took most of the CSV's time (3.5 s of 50,000 commitments, against 0.5 s
 * here). csv.test.ts checks that both write the same bytes for any text.
 */
export function csvRows<Row>(table: Table<Row>, rows: readonly Row[], context: ColumnContext): string {
  let out = "";
  for (const row of rows)
    out += csvLine(table.columns.map((column) => csvCell(column.type, column.value(row, context))));
  return out;
}

/** Quoted when it holds a comma, a double quote, CR or LF (then its double quotes doubled), as OPTIONS says. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One record of cells already written as text: RFC 4180, ended by CRLF. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")}\r\n`;
}

/** The file as it is written: the header, then one chunk per batch of rows. */
export async function* csvChunks<Row>(
  table: Table<Row>,
  batches: AsyncIterable<Row[]>,
  context: ColumnContext,
): AsyncGenerator<string> {
  yield csvHeader(table);
  for await (const batch of readAhead(batches)) yield csvRows(table, batch, context);
}
