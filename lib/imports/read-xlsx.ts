// An XLSX upload: the sheet named after the import (the template's first sheet) or else the first sheet. Cells are
// read as typed: text as text, numbers as their digits, dates as YYYY-MM-DD, rich text as its plain text. A formula
// (or an error value, which only a formula produces) is never evaluated, nor is its cached result used: the row is
// refused (./cell-text.ts). The archive is checked before it is read (./zip-guard.ts).
import ExcelJS from "exceljs";
import { isoDay } from "@/lib/domain/iso-day";
import { FileProblem } from "./file-problem";
import type { RawCell } from "./raw-table";
import { tableOf } from "./table-of";
import { checkZipArchive } from "./zip-guard";

export async function readXlsx(bytes: Uint8Array, sheetName: string) {
  checkZipArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new FileProblem("unreadableXlsx");
  }
  const sheet = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (!sheet) throw new FileProblem("empty");
  const records: { line: number; cells: RawCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: RawCell[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellOf(row.getCell(column).value));
    records.push({ line, cells });
  });
  return tableOf(records);
}

function cellOf(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return isoDay(value);
  if ("formula" in value || "sharedFormula" in value) {
    const formula = (value as { formula?: string; sharedFormula?: string }).formula ?? "";
    return { formula: `=${formula}` };
  }
  if ("error" in value) return { formula: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : "";
  return "";
}
