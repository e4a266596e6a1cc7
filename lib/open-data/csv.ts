// CSV files of the open data: UTF-8 without a byte order mark (for programs; spreadsheet users have the XLSX file),
// RFC 4180 (comma, double quotes, CRLF line ends), one header row of column names, then one row per record.
import { stringify } from "csv-stringify/sync";
import { csvCell, headerOf } from "./cells";
import type { ColumnContext, Table } from "./columns";

// Quote any cell holding CR or LF, not only the CRLF delimiter itself (csv-stringify's default once
// record_delimiter is set), or a lone "\n" in a narrative would split the record.
const OPTIONS = { record_delimiter: "\r\n", quote_record_delimiter: true } as const;

export function csvHeader(table: { columns: readonly { name: string }[] }): string {
  return stringify([headerOf(table)], OPTIONS);
}

export function csvRows<Row>(table: Table<Row>, rows: readonly Row[], context: ColumnContext): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => table.columns.map((column) => csvCell(column.type, column.value(row, context)))),
    OPTIONS,
  );
}

/** The file as it is written: the header, then one chunk per batch of rows. */
export async function* csvChunks<Row>(
  table: Table<Row>,
  batches: AsyncIterable<Row[]>,
  context: ColumnContext,
): AsyncGenerator<string> {
  yield csvHeader(table);
  for await (const batch of batches) yield csvRows(table, batch, context);
}
