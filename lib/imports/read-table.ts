// An uploaded file's table, whatever its format: an XLSX workbook (recognised by its zip signature, whatever its
// name says) or else CSV text. Throws FileProblem for a file that cannot be read as a whole.
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import type { RawTable } from "./raw-table";
import { isZip } from "./zip-guard";

export async function readTable(bytes: Uint8Array, sheetName: string): Promise<RawTable> {
  return isZip(bytes) ? readXlsx(bytes, sheetName) : readCsv(bytes);
}
