// How a typed cell is written in each format. Dates are calendar days (YYYY-MM-DD); datetimes are ISO 8601 in UTC;
// an absent value is an empty CSV cell, a JSON null and an empty XLSX cell.
import { isoDay } from "@/lib/domain/iso-day";
import type { CellValue, FieldType } from "./columns";
import { neutraliseFormula } from "./neutralise-formula";

export type JsonCell = string | number | boolean | null;

export function jsonCell(type: FieldType, value: CellValue): JsonCell {
  if (value instanceof Date) return type === "date" ? isoDay(value) : value.toISOString();
  return value;
}

/** A CSV cell. Text that a spreadsheet would run as a formula gets a leading single quote (documented on the
 * downloads page); numbers, dates and booleans are never touched, so "-3" stays a negative number. */
export function csvCell(type: FieldType, value: CellValue): string {
  const cell = jsonCell(type, value);
  if (cell === null) return "";
  if (typeof cell === "string") return type === "string" ? neutraliseFormula(cell) : cell;
  return String(cell);
}

export function headerOf(table: { columns: readonly { name: string }[] }): string[] {
  return table.columns.map((column) => column.name);
}
