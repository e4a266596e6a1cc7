// The import templates: the register export's columns (commitments) or the progress report columns, with no rows.
// The CSV's header row is all a CSV can hold (a comment line would be read as a row by spreadsheets and by the
// import); its columns are explained on the import page. The XLSX adds a second sheet, "columns", saying for each
// column whether the import reads it, whether it is required, and its allowed values, and one sheet each listing the
// member, theme and meeting slugs the file may name.
import type { Readable } from "node:stream";
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import { csvText } from "@/lib/open-data/csv";
import { workbookStream } from "@/lib/open-data/xlsx";
import {
  COMMITMENT_IMPORT_COLUMNS,
  COMMITMENT_IMPORT_REQUIRED,
  COMMITMENT_TEMPLATE_COLUMNS,
} from "./commitment-columns";
import { ADDRESSEE_ORDER, PILLAR_ORDER } from "./commitment-values";
import { PROGRESS_IMPORT_COLUMNS, PROGRESS_IMPORT_REQUIRED, REPORTED_STATUS_ORDER } from "./progress-columns";
import type { ImportSegment } from "./import-kinds";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

export type TemplateReferences = { members: Named[]; themes: Named[]; meetings: Named[] };
type Named = { slug: string; name: string };

const templates = {
  commitments: {
    sheet: "commitments",
    columns: COMMITMENT_TEMPLATE_COLUMNS,
    read: COMMITMENT_IMPORT_COLUMNS as readonly string[],
    required: COMMITMENT_IMPORT_REQUIRED as readonly string[],
  },
  "progress-reports": {
    sheet: "progress_reports",
    columns: PROGRESS_IMPORT_COLUMNS as readonly string[],
    read: PROGRESS_IMPORT_COLUMNS as readonly string[],
    required: PROGRESS_IMPORT_REQUIRED as readonly string[],
  },
} satisfies Record<ImportSegment, unknown>;

const ALLOWED: Record<string, readonly string[]> = {
  commitment_kind: ["pledge", "recommendation", "practice"],
  addressed_to: ADDRESSEE_ORDER,
  pillars: PILLAR_ORDER,
  implementation_status: REPORTED_STATUS_ORDER,
};

type Meaning = keyof (typeof messages)["en"]["imports"]["columns"]["meaning"];
const hasMeaning = (name: string): name is Meaning => name in messages.en.imports.columns.meaning;

export function templateCsv(segment: ImportSegment): string {
  return csvText([templates[segment].columns], { bom: true });
}

/** What the "columns" sheet and the import page say about each column. */
export function describeColumns(segment: ImportSegment) {
  const t = createTranslator({
    locale: "en",
    messages: messages.en,
    namespace: "imports.columns",
    timeZone: DISPLAY_TIME_ZONE,
  });
  const { columns, read, required } = templates[segment];
  return columns.map((name) => ({
    name,
    use: required.includes(name) ? t("required") : read.includes(name) ? t("optional") : t("ignored"),
    allowed: ALLOWED[name]?.join(" | ") ?? "",
    meaning: hasMeaning(name) ? t(`meaning.${name}`) : t("computed"),
  }));
}

export function templateXlsx(segment: ImportSegment, references: TemplateReferences): Readable {
  const t = createTranslator({
    locale: "en",
    messages: messages.en,
    namespace: "imports.columns",
    timeZone: DISPLAY_TIME_ZONE,
  });
  return workbookStream({ creator: "WPS Commitments Tracker" }, async (workbook) => {
    const { sheet, columns } = templates[segment];
    const data = workbook.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
    data.columns = columns.map((name) => ({ key: name, width: 24 }));
    const header = data.addRow([...columns]);
    header.font = { bold: true };
    header.commit();
    data.commit();
    const help = workbook.addWorksheet("columns");
    help.columns = [{ width: 24 }, { width: 12 }, { width: 50 }, { width: 80 }];
    const head = help.addRow([t("header.column"), t("header.use"), t("header.allowed"), t("header.meaning")]);
    head.font = { bold: true };
    head.commit();
    for (const column of describeColumns(segment)) {
      help.addRow([column.name, column.use, column.allowed, column.meaning]).commit();
    }
    help.commit();
    const lists: [string, Named[]][] =
      segment === "commitments"
        ? [
            ["members", references.members],
            ["themes", references.themes],
            ["meetings", references.meetings],
          ]
        : [];
    for (const [name, rows] of lists) {
      const list = workbook.addWorksheet(name);
      list.columns = [{ width: 40 }, { width: 60 }];
      const top = list.addRow(["slug", "name"]);
      top.font = { bold: true };
      top.commit();
      for (const row of rows) list.addRow([row.slug, row.name]).commit();
      list.commit();
    }
    await Promise.resolve();
  });
}
