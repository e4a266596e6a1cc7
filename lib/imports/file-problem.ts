// A file the import refuses as a whole (not UTF-8, too large, a zip bomb, wrong columns, empty…). The code names a
// message in lib/i18n/messages/en/imports.json (`imports.fileProblem.<code>`); `detail` fills its placeholders.

const FILE_PROBLEMS = [
  "tooLarge",
  "noFile",
  "unknownFormat",
  "notUtf8",
  "unreadableCsv",
  "unreadableXlsx",
  "xlsxTooLarge",
  "empty",
  "noRows",
  "tooManyRows",
  "missingColumns",
  "unknownColumns",
  "duplicateColumns",
] as const;
export type FileProblemCode = (typeof FILE_PROBLEMS)[number];

export class FileProblem extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly detail = "",
  ) {
    super(`Import refused: ${code}${detail ? ` (${detail})` : ""}`);
  }
}

export function isFileProblemCode(value: unknown): value is FileProblemCode {
  return typeof value === "string" && (FILE_PROBLEMS as readonly string[]).includes(value);
}
