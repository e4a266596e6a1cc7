// The file formats of the bulk download, written from an in-memory dataset and read back.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/testing/parse-csv";
import { OPEN_DATA_TABLES, TABLE_NAMES } from "./columns";
import { csvChunks } from "./csv";
import { dataPackage } from "./datapackage";
import { findDownload } from "./downloads";
import { jsonChunks } from "./json";
import { LICENCE } from "./licence";
import {
  collectText,
  commitmentRecord,
  context,
  meetingRecord,
  memberRecord,
  memorySource,
  themeRecord,
  updateRecord,
  urls,
} from "./testing/fixtures";
import { columnLetter, EXCEL_TEXT_LIMIT, xlsxCell, xlsxStream } from "./xlsx";

const tricky = "Train \"all\" peacekeepers, police\nand\r\nmilitary\rstaff; =cmd|'/c calc'!A0";
const source = memorySource({
  commitments: [
    commitmentRecord(),
    commitmentRecord({ slug: "second", title: tricky }),
    commitmentRecord({ slug: "third" }),
  ],
  updates: [updateRecord(), updateRecord({ id: "0f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b", narrative: "@SUM(1,2)" })],
  members: [memberRecord()],
  themes: [themeRecord()],
  meetings: [meetingRecord()],
});
const downloadContext = { ...context, generatedAt: new Date("2026-11-28T10:00:00Z"), onError: () => {} };

async function text(chunks: AsyncIterable<string>) {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe("CSV files", () => {
  it("are RFC 4180 with CRLF line ends, no byte order mark, and read back exactly", async () => {
    const csv = await text(csvChunks(OPEN_DATA_TABLES.commitments, source.commitments(), context));
    expect(csv.startsWith("commitment_slug,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === OPEN_DATA_TABLES.commitments.columns.length)).toBe(true);
    expect(rows[2]?.[1]).toBe(tricky);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]?.commitment_title).toBe(tricky);
  });

  it("neutralise formula-like text cells", async () => {
    const csv = await text(csvChunks(OPEN_DATA_TABLES.updates, source.updates(), context));
    const records = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(records[1]?.narrative).toBe("'@SUM(1,2)");
    expect(records[0]?.percent_complete).toBe("40");
  });

  it("have only a header when the table is empty", async () => {
    const csv = await text(csvChunks(OPEN_DATA_TABLES.themes, memorySource({}).themes(), context));
    expect(parseCsv(csv)).toEqual([OPEN_DATA_TABLES.themes.columns.map((column) => column.name)]);
  });
});

type Records = Record<string, unknown>[];
type JsonDocument = { licence: { name: string }; generated_at: string; [table: string]: unknown } & {
  commitments: Records;
  updates: Records;
  members: Records;
};

describe("the JSON file", () => {
  it("is one JSON document: the licence, then every table as records with typed values", async () => {
    const document = JSON.parse(await text(jsonChunks(source, context, downloadContext.generatedAt))) as JsonDocument;
    expect(document.licence.name).toBe(LICENCE.name);
    expect(document.generated_at).toBe("2026-11-28T10:00:00.000Z");
    for (const name of TABLE_NAMES) expect(Array.isArray(document[name]), name).toBe(true);
    expect(document.commitments).toHaveLength(3);
    expect(document.commitments[1]?.commitment_title).toBe(tricky);
    expect(document.commitments[0]).toMatchObject({
      percent_complete: 40,
      indicator_baseline: -1.5,
      demonstration_data: true,
      meeting_date: "2018-04-09",
      last_published_at: "2026-03-01T09:30:00.000Z",
      discontinued_reason: null,
    });
    expect(document.updates[1]?.narrative).toBe("@SUM(1,2)");
    expect(Object.keys(document.members[0] ?? {})).toEqual(
      OPEN_DATA_TABLES.members.columns.map((column) => column.name),
    );
  });
});

describe("the XLSX workbook", () => {
  it("has a sheet per table with a bold, frozen header and typed cells, then the licence", async () => {
    const workbook = new ExcelJS.Workbook();
    const chunks: Buffer[] = [];
    for await (const chunk of xlsxStream(source, context, downloadContext.generatedAt)) chunks.push(chunk as Buffer);
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...TABLE_NAMES, "about"]);

    const sheet = workbook.getWorksheet("commitments")!;
    const header = sheet.getRow(1);
    expect(header.values).toEqual([undefined, ...OPEN_DATA_TABLES.commitments.columns.map((column) => column.name)]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(4);

    const cell = (name: string, row = 2) =>
      sheet.getRow(row).getCell(OPEN_DATA_TABLES.commitments.columns.findIndex((column) => column.name === name) + 1);
    expect(cell("percent_complete").value).toBe(40);
    expect(cell("indicator_baseline").value).toBe(-1.5);
    expect(cell("demonstration_data").value).toBe(true);
    expect(cell("meeting_date").value).toEqual(new Date("2018-04-09T00:00:00Z"));
    expect(cell("meeting_date").numFmt).toBe("yyyy-mm-dd");
    expect((cell("last_published_at").value as Date).toISOString()).toBe("2026-03-01T09:30:00.000Z");
    expect(cell("target_date", 2).type).toBe(ExcelJS.ValueType.Date);
    // Text stays text: no formula, no neutralising quote.
    expect(cell("commitment_title", 3).value).toBe(tricky.replace(/\r\n?/g, "\n"));
    expect(cell("commitment_title", 3).type).toBe(ExcelJS.ValueType.String);

    const updates = workbook.getWorksheet("updates")!;
    const narrative = updates
      .getRow(3)
      .getCell(OPEN_DATA_TABLES.updates.columns.findIndex((c) => c.name === "narrative") + 1);
    expect(narrative.value).toBe("@SUM(1,2)");
    expect(narrative.type).toBe(ExcelJS.ValueType.String);

    const about = workbook.getWorksheet("about")!;
    const aboutText = about.getSheetValues().flat().map(String).join(" ");
    expect(aboutText).toContain(LICENCE.name);
  });

  it("names columns like a spreadsheet and keeps text under Excel's cell limit", () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect((xlsxCell("x".repeat(EXCEL_TEXT_LIMIT + 10)) as string).length).toBe(EXCEL_TEXT_LIMIT);
    expect(xlsxCell("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    expect(xlsxCell(null)).toBeNull();
  });
});

describe("the data package descriptor", () => {
  const descriptor = dataPackage(urls);

  it("describes each CSV file with the same fields, in the same order, as its header", async () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(TABLE_NAMES.map((name) => `${name}.csv`));
    for (const resource of descriptor.resources) {
      const name = resource.name as (typeof TABLE_NAMES)[number];
      const csv = await text(
        csvChunks(OPEN_DATA_TABLES[name] as never, memorySource({})[name]() as AsyncIterable<never[]>, context),
      );
      expect(
        resource.schema.fields.map((field) => field.name),
        name,
      ).toEqual(parseCsv(csv)[0]);
      for (const field of resource.schema.fields)
        expect(field.description.length, `${name}.${field.name}`).toBeGreaterThan(0);
    }
  });

  it("states the licence, the source, the format of the files and their keys", () => {
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.licenses).toEqual([{ name: "CC-BY-4.0", title: LICENCE.title, path: LICENCE.path }]);
    expect(descriptor.sources[0]?.title).toMatch(/Joint Communiqué/);
    const commitments = descriptor.resources.find((resource) => resource.name === "commitments")!;
    expect(commitments).toMatchObject({ format: "csv", mediatype: "text/csv", encoding: "utf-8" });
    expect(commitments.schema.primaryKey).toBe("commitment_slug");
    expect(commitments.schema.foreignKeys).toContainEqual({
      fields: "member_slug",
      reference: { resource: "members", fields: "member_slug" },
    });
    const status = commitments.schema.fields.find((field) => field.name === "implementation_status")!;
    expect(status.constraints?.enum).toContain("not_reported");
  });

  it("is served as JSON by the downloads", async () => {
    const served: unknown = JSON.parse(
      await collectText(findDownload("datapackage.json")!.body(source, downloadContext)),
    );
    expect(served).toEqual(JSON.parse(JSON.stringify(descriptor)));
    expect(findDownload("../etc/passwd")).toBeUndefined();
  });
});

describe("a download's memory", () => {
  it("stays flat: rows are read from the database only as the client takes the file, one batch ahead at most", async () => {
    let batchesRead = 0;
    const large: typeof source = {
      ...source,
      commitments: async function* () {
        for (let i = 0; i < 1000; i++) {
          batchesRead++;
          yield [commitmentRecord({ slug: `commitment-${i}` })];
        }
      },
    };
    const reader = findDownload("commitments.csv")!.body(large, downloadContext).getReader();
    await reader.read(); // the header row
    await reader.read(); // the first batch of rows
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(batchesRead).toBeGreaterThanOrEqual(1);
    expect(batchesRead).toBeLessThanOrEqual(3);
    await reader.cancel();
  });
});
