import { describe, expect, it } from "vitest";
import { COMMITMENTS_CSV_COLUMNS } from "./commitments-csv-columns";
import { STATUS_CODES } from "./vocabulary";
import { csvCell, jsonCell } from "./cells";
import { OPEN_DATA_TABLES, TABLE_NAMES, type Table } from "./columns";
import { commitmentRecord, context, meetingRecord, memberRecord, themeRecord, updateRecord } from "./testing/fixtures";

const tables = TABLE_NAMES.map((name) => OPEN_DATA_TABLES[name] as Table<never>);

describe("the open data columns", () => {
  it("start commitments.csv with exactly the secretariat export's columns, in its order", () => {
    const names = OPEN_DATA_TABLES.commitments.columns.map((column) => column.name);
    expect(names.slice(0, COMMITMENTS_CSV_COLUMNS.length)).toEqual([...COMMITMENTS_CSV_COLUMNS]);
  });

  it("have unique names in every table, and keys that name real columns", () => {
    for (const table of tables) {
      const names = table.columns.map((column) => column.name);
      expect(new Set(names).size, table.name).toBe(names.length);
      expect(names).toContain(table.primaryKey);
      for (const key of table.foreignKeys) {
        expect(names).toContain(key.fields);
        const target = key.reference.resource === "" ? table : tables.find((t) => t.name === key.reference.resource);
        expect(
          target?.columns.map((column) => column.name),
          `${table.name}.${key.fields}`,
        ).toContain(key.reference.fields);
      }
    }
  });

  it("give every member and theme a count for each status, silence included", () => {
    for (const table of [OPEN_DATA_TABLES.members, OPEN_DATA_TABLES.themes]) {
      const names = table.columns.map((column) => column.name);
      for (const status of STATUS_CODES) expect(names).toContain(`commitments_${status}`);
    }
    const row = OPEN_DATA_TABLES.members.columns.find((column) => column.name === "commitments_not_reported")!;
    expect(row.value(memberRecord(), context)).toBe(1);
  });

  it("produce values of the declared type, within the declared constraints", () => {
    const samples: [Table<never>, unknown][] = [
      [OPEN_DATA_TABLES.commitments, commitmentRecord()],
      [OPEN_DATA_TABLES.updates, updateRecord()],
      [OPEN_DATA_TABLES.members, memberRecord()],
      [OPEN_DATA_TABLES.themes, themeRecord()],
      [OPEN_DATA_TABLES.meetings, meetingRecord()],
    ];
    for (const [table, row] of samples) {
      for (const column of table.columns) {
        const value = column.value(row as never, context);
        const where = `${table.name}.${column.name}`;
        if (value === null) {
          expect(column.constraints?.required ?? false, where).toBe(false);
          continue;
        }
        const expected = {
          string: "string",
          integer: "number",
          number: "number",
          boolean: "boolean",
          date: "object",
          datetime: "object",
        }[column.type];
        expect(typeof value, where).toBe(expected);
        if (column.type === "integer") expect(Number.isInteger(value), where).toBe(true);
        if (column.constraints?.enum) expect(column.constraints.enum, where).toContain(value);
        if (column.constraints?.pattern) expect(String(value), where).toMatch(new RegExp(column.constraints.pattern));
      }
    }
  });

  it("write lists: codes and slugs separated by ';', free texts one per line", () => {
    const record = { commitments: commitmentRecord(), updates: updateRecord(), meetings: meetingRecord() };
    const value = <T>(table: Table<T>, row: T, name: string) =>
      table.columns.find((column) => column.name === name)!.value(row, context);
    expect(value(OPEN_DATA_TABLES.commitments, record.commitments, "theme_slugs")).toBe(
      "participation-in-peace-processes;localisation",
    );
    expect(value(OPEN_DATA_TABLES.updates, record.updates, "evidence_urls")).toBe(
      "https://example.org/a.pdf\nhttps://example.org/b.pdf",
    );
    expect(value(OPEN_DATA_TABLES.updates, record.updates, "barriers")).toBe("funding;capacity");
    expect(value(OPEN_DATA_TABLES.updates, record.updates, "barrier_details")).toBe("funding: Budget cut");
    expect(value(OPEN_DATA_TABLES.meetings, record.meetings, "chair_member_slug")).toBe("germany");
    expect(value(OPEN_DATA_TABLES.meetings, record.meetings, "co_organiser_member_slugs")).toBe("spain;namibia");
    expect(value(OPEN_DATA_TABLES.updates, updateRecord({ evidence: [] }), "evidence_urls")).toBeNull();
  });

  it("give each evidence link's title, line for line with its address", () => {
    const labels = (evidence: { url: string; label: string | null }[]) =>
      OPEN_DATA_TABLES.updates.columns
        .find((column) => column.name === "evidence_labels")!
        .value(updateRecord({ evidence }), context);
    const a = "https://example.org/a.pdf";
    const b = "https://example.org/b.pdf";
    expect(
      labels([
        { url: a, label: "Terms" },
        { url: b, label: "Budget\r\nlaw" },
      ]),
    ).toBe("Terms\nBudget law");
    expect(
      labels([
        { url: a, label: null },
        { url: b, label: "Budget" },
      ]),
    ).toBe("\nBudget");
    expect(labels([{ url: a, label: null }])).toBeNull();
    expect(labels([])).toBeNull();
    // Added at the end of the table (then the redaction columns): columns are never moved.
    expect(OPEN_DATA_TABLES.updates.columns.slice(-3).map((column) => column.name)).toEqual([
      "evidence_labels",
      "redacted_parts",
      "redacted_at",
    ]);
  });

  it("say what the secretariat redacted and when, at the end of updates and assessments", () => {
    const at = new Date("2026-03-04T08:00:00Z");
    const redacted = updateRecord({ narrative: "", redaction: { parts: ["narrative", "evidence_link"], at } });
    const value = (name: string, row = redacted) =>
      OPEN_DATA_TABLES.updates.columns.find((column) => column.name === name)!.value(row, context);
    expect(value("redacted_parts")).toBe("narrative;evidence_link");
    expect(value("redacted_at")).toEqual(at);
    expect(value("redacted_parts", updateRecord())).toBeNull();
    expect(value("redacted_at", updateRecord())).toBeNull();
    expect(OPEN_DATA_TABLES.assessments.columns.slice(-2).map((column) => column.name)).toEqual([
      "redacted_parts",
      "redacted_at",
    ]);
  });
});

describe("cells", () => {
  it("write dates as calendar days, moments in UTC, absent values as empty", () => {
    expect(csvCell("date", new Date("2018-04-09T00:00:00Z"))).toBe("2018-04-09");
    expect(csvCell("datetime", new Date("2026-03-01T09:30:00.000Z"))).toBe("2026-03-01T09:30:00.000Z");
    expect(csvCell("boolean", true)).toBe("true");
    expect(csvCell("integer", null)).toBe("");
    expect(jsonCell("date", new Date("2018-04-09T00:00:00Z"))).toBe("2018-04-09");
    expect(jsonCell("integer", null)).toBeNull();
    expect(jsonCell("boolean", false)).toBe(false);
  });

  it("neutralise text that a spreadsheet would run, but never numbers", () => {
    expect(csvCell("string", "=1+1")).toBe("'=1+1");
    expect(csvCell("string", "-2+3")).toBe("'-2+3");
    expect(csvCell("number", -1.5)).toBe("-1.5");
    expect(jsonCell("string", "=1+1")).toBe("=1+1");
  });
});
