// The files of the bulk download, by the name they have under /data/ (what they are; ./downloads.ts writes them).
import { TABLE_NAMES, type TableName } from "./columns";

export type DownloadFile = {
  file: string;
  kind: "table" | "xlsx" | "json" | "datapackage";
  format: "csv" | "xlsx" | "json";
  /** For a CSV file: the table it holds. */
  table?: TableName;
  mediaType: string;
  /** Saved rather than shown by a browser. */
  attachment: boolean;
};

export const CSV_MEDIA_TYPE = "text/csv; charset=utf-8";
export const JSON_MEDIA_TYPE = "application/json; charset=utf-8";
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const DOWNLOAD_FILES: readonly DownloadFile[] = [
  { file: "wps-commitments.xlsx", kind: "xlsx", format: "xlsx", mediaType: XLSX_MEDIA_TYPE, attachment: true },
  ...TABLE_NAMES.map((table): DownloadFile => ({
    file: `${table}.csv`,
    kind: "table",
    format: "csv",
    table,
    mediaType: CSV_MEDIA_TYPE,
    attachment: true,
  })),
  { file: "wps-commitments.json", kind: "json", format: "json", mediaType: JSON_MEDIA_TYPE, attachment: true },
  { file: "datapackage.json", kind: "datapackage", format: "json", mediaType: JSON_MEDIA_TYPE, attachment: false },
];
