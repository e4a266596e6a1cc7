// The XLSX download: one sheet per table (named like the CSV files, same columns in the same order), then an "about"
// sheet with the licence and provenance. Cells are typed: numbers as numbers, dates and datetimes as dates (UTC),
// booleans as booleans, text as text (never a formula, so no neutralising is needed; line breaks as LF). The header row is bold, frozen
// and filterable. Written with exceljs's streaming writer, one sheet after the other, one batch of rows at a time.
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { headerOf } from "./cells";
import { TABLE_NAMES, type CellValue, type ColumnContext, type FieldType, type Table, type TableName } from "./columns";
import { DATASET, LICENCE, SOURCES } from "./licence";
import { readAhead } from "./read-ahead";
import { tableOf, type OpenDataSource } from "./source";

const NUMBER_FORMATS: Partial<Record<FieldType, string>> = { date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm:ss" };

/** Excel refuses a workbook with a longer text cell. */
export const EXCEL_TEXT_LIMIT = 32_767;

/** A cell value for the sheet. Line breaks become LF, the only one a cell can hold (XML turns a bare CR into LF
 * anyway); text longer than Excel accepts is cut, with an ellipsis. */
export function xlsxCell(value: CellValue): ExcelJS.CellValue {
  if (typeof value !== "string") return value;
  const text = value.replace(/\r\n?/g, "\n");
  return text.length > EXCEL_TEXT_LIMIT ? `${text.slice(0, EXCEL_TEXT_LIMIT - 1)}…` : text;
}

/** A1-style name of the column at a 1-based position. */
export function columnLetter(position: number): string {
  let letters = "";
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function xlsxStream(source: OpenDataSource, context: ColumnContext, generatedAt: Date): Readable {
  const properties = {
    creator: LICENCE.attribution,
    title: DATASET.title,
    description: `${DATASET.description} Licence: ${LICENCE.title} (${LICENCE.name}).`,
    created: generatedAt,
  };
  return workbookStream(properties, async (workbook, output) => {
    const writeTable = <Name extends TableName>(name: Name) =>
      writeSheet(workbook, tableOf(name), source[name](), context, output);
    for (const name of TABLE_NAMES) await writeTable(name);
    writeAboutSheet(workbook, [
      ["title", DATASET.title],
      ["description", DATASET.description],
      ["licence", `${LICENCE.title} (${LICENCE.name}), ${LICENCE.path}`],
      ["attribution", LICENCE.attribution],
      ...SOURCES.map((source): [string, string] => ["source", source.title]),
      ["data_dictionary", context.urls.data("datapackage.json")],
      ["generated_at", generatedAt],
    ]);
  });
}

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

/** A workbook written as it is read: `write` adds the sheets one after the other; a failure ends the stream. */
export function workbookStream(
  properties: Partial<Pick<Workbook, "creator" | "title" | "description" | "created">>,
  write: (workbook: Workbook, output: PassThrough) => Promise<void>,
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  Object.assign(workbook, properties);
  write(workbook, output)
    .then(() => workbook.commit())
    .catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** One table as a sheet named after it: a bold, frozen, filterable header row, then one row per record. */
export async function writeSheet<Row>(
  workbook: Workbook,
  table: Table<Row>,
  batches: AsyncIterable<Row[]>,
  context: ColumnContext,
  output: PassThrough,
) {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.autoFilter = `A1:${columnLetter(table.columns.length)}1`;
  sheet.columns = table.columns.map((column) => ({
    key: column.name,
    width: column.long ? 60 : column.type === "string" ? 24 : column.type === "datetime" ? 20 : 12,
  }));
  const header = sheet.addRow(headerOf(table));
  header.font = { bold: true };
  header.commit();

  for await (const batch of readAhead(batches)) {
    for (const record of batch) {
      const row = sheet.addRow(table.columns.map((column) => xlsxCell(column.value(record, context))));
      table.columns.forEach((column, index) => {
        const numFmt = NUMBER_FORMATS[column.type];
        if (numFmt) row.getCell(index + 1).numFmt = numFmt;
      });
      row.commit();
    }
    await drained(output);
  }
  sheet.commit();
}

/** Lets a slow reader catch up before the next batch is read, so unsent rows do not pile up in memory; gives up
 * when the reader has gone away. */
async function drained(output: PassThrough) {
  if (output.writableNeedDrain) await Promise.race([once(output, "drain"), once(output, "close")]);
  if (output.destroyed) throw new Error("The download was cancelled.");
}

/** The last sheet, "about": what the file is, one labelled row each. */
export function writeAboutSheet(workbook: Workbook, rows: readonly (readonly [string, string | Date])[]) {
  const sheet = workbook.addWorksheet("about");
  sheet.columns = [{ width: 20 }, { width: 100 }];
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = NUMBER_FORMATS.datetime!;
    row.commit();
  }
  sheet.commit();
}
