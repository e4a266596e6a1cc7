// Writing the secretariat's export in its three formats, one batch of rows at a time (memory stays bounded):
//  - CSV: the commitments table, UTF-8 with a byte order mark (for Excel), RFC 4180, CRLF; text cells that a
//    spreadsheet would run as a formula are neutralised (lib/open-data/cells.ts, lib/exports/neutralise-formula.ts).
//  - XLSX: a sheet each for commitments, updates, members and themes, then "about". Typed cells: numbers as numbers,
//    dates and times as dates, booleans as booleans, and text always as text (a string cell is never a formula, so
//    nothing is evaluated and nothing needs neutralising). Bold, frozen, filterable header row; column widths.
//  - JSON: one object with the export's metadata and an array of records per table.
import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { headerOf } from "@/lib/open-data/cells";
import type { ColumnContext, FieldType, Table } from "@/lib/open-data/columns";
import { csvChunks } from "@/lib/open-data/csv";
import { jsonRecord } from "@/lib/open-data/json";
import type { MemberRecord, ThemeRecord } from "@/lib/open-data/records";
import { columnLetter, xlsxCell } from "@/lib/open-data/xlsx";
import {
  SECRETARIAT_TABLE_NAMES,
  SECRETARIAT_TABLES,
  type ExportScope,
  type SecretariatCommitmentRecord,
  type SecretariatUpdateRecord,
} from "./secretariat-tables";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

export type SecretariatSource = {
  commitments: () => AsyncIterable<SecretariatCommitmentRecord[]>;
  updates: () => AsyncIterable<SecretariatUpdateRecord[]>;
  members: () => AsyncIterable<MemberRecord[]>;
  themes: () => AsyncIterable<ThemeRecord[]>;
};

/** What the file says about itself: when, which states, which filters (as URL parameters). */
export type ExportMeta = { generatedAt: Date; scope: ExportScope; filters: Record<string, string> };

export async function* csvExportChunks(source: SecretariatSource, context: ColumnContext): AsyncGenerator<string> {
  yield "\uFEFF";
  yield* csvChunks(SECRETARIAT_TABLES.commitments, source.commitments(), context);
}

export async function* jsonExportChunks(
  source: SecretariatSource,
  context: ColumnContext,
  meta: ExportMeta,
): AsyncGenerator<string> {
  const head = { generated_at: meta.generatedAt.toISOString(), scope: meta.scope, filters: meta.filters };
  // The metadata object, left open so that the tables follow as its last members.
  yield JSON.stringify(head).slice(0, -1);
  for (const name of SECRETARIAT_TABLE_NAMES) {
    const table = SECRETARIAT_TABLES[name] as Table<unknown>;
    yield `,${JSON.stringify(name)}:[`;
    let first = true;
    for await (const batch of (source[name] as () => AsyncIterable<unknown[]>)()) {
      if (batch.length === 0) continue;
      yield (first ? "\n" : ",\n") + batch.map((row) => JSON.stringify(jsonRecord(table, row, context))).join(",\n");
      first = false;
    }
    yield "]";
  }
  yield "}\n";
}

const NUMBER_FORMATS: Partial<Record<FieldType, string>> = { date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm:ss" };

export function xlsxExportStream(source: SecretariatSource, context: ColumnContext, meta: ExportMeta): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "WPS Commitments Tracker";
  workbook.created = meta.generatedAt;
  const write = async () => {
    for (const name of SECRETARIAT_TABLE_NAMES) {
      await writeSheet(
        workbook,
        SECRETARIAT_TABLES[name] as Table<unknown>,
        (source[name] as () => AsyncIterable<unknown[]>)(),
        context,
        output,
      );
    }
    writeAboutSheet(workbook, meta);
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

async function writeSheet<Row>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
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
  for await (const batch of batches) {
    for (const record of batch) {
      const row = sheet.addRow(table.columns.map((column) => xlsxCell(column.value(record, context))));
      table.columns.forEach((column, index) => {
        const numFmt = NUMBER_FORMATS[column.type];
        if (numFmt) row.getCell(index + 1).numFmt = numFmt;
      });
      row.commit();
    }
    // Let a slow reader catch up before the next batch is read; stop when the download was cancelled.
    if (output.writableNeedDrain) await Promise.race([once(output, "drain"), once(output, "close")]);
    if (output.destroyed) throw new Error("The download was cancelled.");
  }
  sheet.commit();
}

function writeAboutSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, meta: ExportMeta) {
  const sheet = workbook.addWorksheet("about");
  sheet.columns = [{ width: 20 }, { width: 80 }];
  const filters = Object.entries(meta.filters)
    .map(([key, value]) => `${key}=${value}`)
    .join("; ");
  const rows: [string, string | Date][] = [
    ["title", "WPS Commitments Tracker: secretariat export"],
    ["scope", meta.scope],
    ["filters", filters],
    ["generated_at", meta.generatedAt],
  ];
  for (const [label, value] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = NUMBER_FORMATS.datetime!;
    row.commit();
  }
  sheet.commit();
}
