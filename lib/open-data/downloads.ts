// Writing each file of the bulk download (./download-files.ts lists them). One route (app/data/[file]/route.ts)
// serves them all.
import { Readable } from "node:stream";
import { contentDisposition, exportFilename } from "@/lib/domain/export-filename";
import type { ColumnContext, TableName } from "./columns";
import { csvChunks, csvHeader } from "./csv";
import { dataPackage } from "./datapackage";
import { DOWNLOAD_FILES, type DownloadFile } from "./download-files";
import { jsonChunks } from "./json";
import { tableOf, type OpenDataSource } from "./source";
import { textStream } from "./text-stream";
import { xlsxStream } from "./xlsx";

/** The day of a download and the addresses its files link to. */
export type CsvRecordsContext = ColumnContext & { generatedAt: Date };

type DownloadContext = CsvRecordsContext & {
  onError: (error: unknown) => void;
  /**
   * A table's CSV records (no header) as the database writes them, exactly as its rows would be written; null for a
   * table written from its rows. Without it, every CSV file is written from the rows of `source`.
   */
  csvRecords?: (name: TableName, context: CsvRecordsContext) => AsyncIterable<Uint8Array> | null;
};

export type Download = DownloadFile & {
  body: (source: OpenDataSource, context: DownloadContext) => ReadableStream<Uint8Array>;
};

function bodyOf(file: DownloadFile): Download["body"] {
  switch (file.kind) {
    case "table":
      return csvBody(file.table!);
    case "xlsx":
      return (source, context) => {
        const stream = xlsxStream(source, context, context.generatedAt);
        stream.on("error", context.onError);
        return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
      };
    case "json":
      return (source, context) => textStream(jsonChunks(source, context, context.generatedAt), context.onError);
    case "datapackage":
      return (_source, context) =>
        textStream([`${JSON.stringify(dataPackage(context.urls), null, 2)}\n`], context.onError);
  }
}

function csvBody<Name extends TableName>(name: Name): Download["body"] {
  return (source, context) => {
    const records = context.csvRecords?.(name, context);
    const chunks = records ? withHeader(tableOf(name), records) : csvChunks(tableOf(name), source[name](), context);
    return textStream(chunks, context.onError);
  };
}

async function* withHeader(table: { columns: readonly { name: string }[] }, records: AsyncIterable<Uint8Array>) {
  yield csvHeader(table);
  yield* records;
}

const DOWNLOADS: readonly Download[] = DOWNLOAD_FILES.map((file) => ({ ...file, body: bodyOf(file) }));

/**
 * The Content-Disposition of a file: saved under a name that says what it is and the day, e.g.
 * wps-open-data-commitments-2026-12-04.csv or wps-open-data-2026-12-04.xlsx, so downloads on different days or of
 * the secretariat's exports never take each other's names. Its address keeps the short, stable name the data package
 * descriptor refers to (which keeps its own, standard name).
 */
export function dispositionOf(file: DownloadFile, day: Date): string {
  const name = file.kind === "datapackage" ? file.file : exportFilename("open-data", [file.table], day, file.format);
  return contentDisposition(name, file.attachment ? "attachment" : "inline");
}

export function findDownload(file: string): Download | undefined {
  return DOWNLOADS.find((download) => download.file === file);
}
