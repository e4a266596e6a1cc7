// The header and rows of a read file, with the checks both formats share: something there, a header without
// duplicate names, at least one row and at most IMPORT_MAX_ROWS. Rows whose cells are all empty are dropped.
import { FileProblem } from "./file-problem";
import { IMPORT_MAX_ROWS } from "./limits";
import type { RawCell, RawRow, RawTable } from "./raw-table";

const isEmpty = (cell: RawCell | undefined) => cell === undefined || (typeof cell === "string" && cell.trim() === "");

export function tableOf(records: { line: number; cells: RawCell[] }[]): RawTable {
  const [first, ...rest] = records.filter((record) => !record.cells.every(isEmpty));
  if (!first) throw new FileProblem("empty");
  const header = first.cells.map((cell) => (typeof cell === "string" ? cell.trim() : ""));
  const seen = new Set<string>();
  const duplicates = header.filter((name) => name !== "" && (seen.has(name) || !seen.add(name)));
  if (duplicates.length > 0) throw new FileProblem("duplicateColumns", [...new Set(duplicates)].join(", "));
  if (rest.length === 0) throw new FileProblem("noRows");
  if (rest.length > IMPORT_MAX_ROWS) throw new FileProblem("tooManyRows", String(IMPORT_MAX_ROWS));
  const rows: RawRow[] = rest.map(({ line, cells }) => ({
    line,
    cells: Object.fromEntries(
      header.flatMap((name, index) => (name === "" ? [] : [[name, cells[index] ?? ""] as const])),
    ),
  }));
  return { header: header.filter((name) => name !== ""), rows };
}
