// A CSV upload: UTF-8 only (a spreadsheet's "CSV UTF-8"; a byte order mark is allowed), comma separated, RFC 4180
// quoting, CRLF or LF line ends. Anything that does not decode as UTF-8 is refused as a whole rather than guessed at:
// a guessed encoding silently turns "Côte d'Ivoire" into mojibake in the public record.
import { parse } from "csv-parse/sync";
import { FileProblem } from "./file-problem";
import type { RawTable } from "./raw-table";
import { tableOf } from "./table-of";

export function readCsv(bytes: Uint8Array): RawTable {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FileProblem("notUtf8");
  }
  if (text.includes("\u0000")) throw new FileProblem("notUtf8");
  let records: string[][];
  try {
    const options = { bom: true, skip_empty_lines: true, relax_column_count: true };
    const parsed: unknown = parse(text, options);
    records = parsed as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new FileProblem("unreadableCsv", line ? String(line) : "");
  }
  // csv-parse numbers records, not lines; a spreadsheet numbers rows, which is what a person looks for.
  return tableOf(records.map((cells, index) => ({ line: index + 1, cells })));
}
