// Every file of the bulk download, by the name it has under /data/. One route (app/data/[file]/route.ts) serves them.
import { Readable } from "node:stream";
import { TABLE_NAMES, type ColumnContext, type TableName } from "./columns";
import { csvChunks, CSV_MEDIA_TYPE } from "./csv";
import { dataPackage } from "./datapackage";
import { jsonChunks, JSON_MEDIA_TYPE } from "./json";
import { tableOf, type OpenDataSource } from "./source";
import { textStream } from "./text-stream";
import { xlsxStream, XLSX_MEDIA_TYPE } from "./xlsx";

export type DownloadContext = ColumnContext & { generatedAt: Date; onError: (error: unknown) => void };

export type Download = {
  file: string;
  mediaType: string;
  /** Saved rather than shown by a browser. */
  attachment: boolean;
  body: (source: OpenDataSource, context: DownloadContext) => ReadableStream<Uint8Array>;
};

const csvDownload = <Name extends TableName>(name: Name): Download => ({
  file: `${name}.csv`,
  mediaType: CSV_MEDIA_TYPE,
  attachment: true,
  body: (source, context) => textStream(csvChunks(tableOf(name), source[name](), context), context.onError),
});

export const DOWNLOADS: readonly Download[] = [
  ...TABLE_NAMES.map(csvDownload),
  {
    file: "wps-commitments.xlsx",
    mediaType: XLSX_MEDIA_TYPE,
    attachment: true,
    body: (source, context) => {
      const stream = xlsxStream(source, context, context.generatedAt);
      stream.on("error", context.onError);
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
  },
  {
    file: "wps-commitments.json",
    mediaType: JSON_MEDIA_TYPE,
    attachment: true,
    body: (source, context) => textStream(jsonChunks(source, context, context.generatedAt), context.onError),
  },
  {
    file: "datapackage.json",
    mediaType: JSON_MEDIA_TYPE,
    attachment: false,
    body: (_source, context) =>
      textStream(
        (async function* () {
          yield `${JSON.stringify(dataPackage(context.urls), null, 2)}\n`;
        })(),
        context.onError,
      ),
  },
];

export function findDownload(file: string): Download | undefined {
  return DOWNLOADS.find((download) => download.file === file);
}
