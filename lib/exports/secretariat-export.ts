// Writing the secretariat's export in its three formats, one batch of rows at a time (memory stays bounded), with
// the open data's writers (lib/open-data/csv.ts, json.ts, xlsx.ts):
//  - CSV: the commitments table, UTF-8 with a byte order mark (for Excel), RFC 4180, CRLF; text cells that a
//    spreadsheet would run as a formula are neutralised (lib/open-data/cells.ts, lib/open-data/neutralise-formula.ts).
//  - XLSX: a sheet each for commitments, updates, members, themes and published independent assessments (with the
//    organisation that wrote each), then "about". Typed cells: numbers as numbers,
//    dates and times as dates, booleans as booleans, and text always as text (a string cell is never a formula, so
//    nothing is evaluated and nothing needs neutralising). Bold, frozen, filterable header row; column widths.
//  - JSON: one object with the export's metadata and an array of records per table.
import type { Readable } from "node:stream";
import type { ColumnContext, Table } from "@/lib/open-data/columns";
import { csvChunks } from "@/lib/open-data/csv";
import { CSV_MEDIA_TYPE, JSON_MEDIA_TYPE, XLSX_MEDIA_TYPE } from "@/lib/open-data/download-files";
import { jsonTableChunks } from "@/lib/open-data/json";
import type { AssessmentRecord, MemberRecord, ThemeRecord } from "@/lib/open-data/records";
import { workbookStream, writeAboutSheet, writeSheet } from "@/lib/open-data/xlsx";
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
  csv: CSV_MEDIA_TYPE,
  xlsx: XLSX_MEDIA_TYPE,
  json: JSON_MEDIA_TYPE,
};

export type SecretariatSource = {
  commitments: () => AsyncIterable<SecretariatCommitmentRecord[]>;
  updates: () => AsyncIterable<SecretariatUpdateRecord[]>;
  members: () => AsyncIterable<MemberRecord[]>;
  themes: () => AsyncIterable<ThemeRecord[]>;
  assessments: () => AsyncIterable<AssessmentRecord[]>;
};

/** What the file says about itself: when, which states, which filters (as URL parameters). */
export type ExportMeta = { generatedAt: Date; scope: ExportScope; filters: Record<string, string> };

export async function* csvExportChunks(source: SecretariatSource, context: ColumnContext): AsyncGenerator<string> {
  yield "\uFEFF";
  yield* csvChunks(SECRETARIAT_TABLES.commitments, source.commitments(), context);
}

/** Each table, with the reader of its rows (called only when the table's turn comes). */
function tables(source: SecretariatSource) {
  return SECRETARIAT_TABLE_NAMES.map((name) => ({
    table: SECRETARIAT_TABLES[name] as Table<unknown>,
    batches: source[name] as () => AsyncIterable<unknown[]>,
  }));
}

export async function* jsonExportChunks(
  source: SecretariatSource,
  context: ColumnContext,
  meta: ExportMeta,
): AsyncGenerator<string> {
  const head = { generated_at: meta.generatedAt.toISOString(), scope: meta.scope, filters: meta.filters };
  // The metadata object, left open so that the tables follow as its last members.
  yield JSON.stringify(head).slice(0, -1);
  for (const { table, batches } of tables(source)) yield* jsonTableChunks(table, batches(), context);
  yield "}\n";
}

export function xlsxExportStream(source: SecretariatSource, context: ColumnContext, meta: ExportMeta): Readable {
  const properties = { creator: "WPS Commitments Tracker", created: meta.generatedAt };
  return workbookStream(properties, async (workbook, output) => {
    for (const { table, batches } of tables(source)) await writeSheet(workbook, table, batches(), context, output);
    const filters = Object.entries(meta.filters).map(([key, value]) => `${key}=${value}`);
    writeAboutSheet(workbook, [
      ["title", "WPS Commitments Tracker: secretariat export"],
      ["scope", meta.scope],
      ["filters", filters.join("; ")],
      ["generated_at", meta.generatedAt],
    ]);
  });
}
