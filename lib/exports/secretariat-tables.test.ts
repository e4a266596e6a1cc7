import { describe, expect, it } from "vitest";
import reportingMessages from "@/lib/i18n/messages/en/reporting.json";
import secretariatMessages from "@/lib/i18n/messages/en/secretariat.json";
import { OPEN_DATA_TABLES, type Table } from "@/lib/open-data/columns";
import { csvHeader, csvRows } from "@/lib/open-data/csv";
import { commitmentRecord, context } from "@/lib/open-data/testing/fixtures";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import {
  COMMITMENTS_CSV_COLUMNS,
  SECRETARIAT_COMMITMENTS_CSV_COLUMNS,
  SECRETARIAT_EXTRA_COLUMNS,
} from "@/lib/open-data/commitments-csv-columns";
import { SECRETARIAT_TABLES, type SecretariatCommitmentRecord } from "./secretariat-tables";

const value = (record: SecretariatCommitmentRecord, name: string) =>
  SECRETARIAT_TABLES.commitments.columns.find((column) => column.name === name)!.value(record, context);

function record(overrides: Partial<SecretariatCommitmentRecord> = {}): SecretariatCommitmentRecord {
  return { ...commitmentRecord(), approvalComment: null, pendingUpdateCount: 2, ...overrides };
}

describe("the secretariat's commitments table", () => {
  it("has exactly the documented columns, in their order: the shared ones first", () => {
    expect(SECRETARIAT_TABLES.commitments.columns.map((column) => column.name)).toEqual([
      ...SECRETARIAT_COMMITMENTS_CSV_COLUMNS,
    ]);
    expect(SECRETARIAT_COMMITMENTS_CSV_COLUMNS.slice(0, COMMITMENTS_CSV_COLUMNS.length)).toEqual([
      ...COMMITMENTS_CSV_COLUMNS,
    ]);
    expect(new Set(SECRETARIAT_COMMITMENTS_CSV_COLUMNS).size).toBe(SECRETARIAT_COMMITMENTS_CSV_COLUMNS.length);
    for (const column of SECRETARIAT_COMMITMENTS_CSV_COLUMNS) expect(column).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it.each([
    ["a reported commitment", record()],
    [
      "a silent one without target, themes or latest update",
      record({
        currentStatus: null,
        status: "NOT_REPORTED",
        currentPercent: null,
        lastPublishedAt: null,
        targetDate: null,
        themes: [],
        sortedThemes: [],
        updates: [],
        latestVerification: null,
        isDemonstration: false,
        member: { ...commitmentRecord().member, isoCode: null, kind: "CIVIL_SOCIETY", regionalGroup: null },
        title: '=HYPERLINK("https://evil.example")',
      }),
    ],
  ])("writes the shared columns of %s exactly as the open data's commitments.csv does", (_label, row) => {
    const read = <Row>(table: Table<Row>) =>
      parseCsvRecords(csvHeader(table) + csvRows(table, [row as Row], context))[0]!;
    const ours = read(SECRETARIAT_TABLES.commitments);
    const open = read(OPEN_DATA_TABLES.commitments);
    for (const name of COMMITMENTS_CSV_COLUMNS) expect({ [name]: ours[name] }).toEqual({ [name]: open[name] });
  });

  it("describes every column on the exports page", () => {
    expect(Object.keys(secretariatMessages.export.columns)).toEqual([...COMMITMENTS_CSV_COLUMNS]);
    expect(Object.keys(reportingMessages.exports.columns)).toEqual([...SECRETARIAT_EXTRA_COLUMNS]);
  });

  it("crosswalks the latest status and counts what is not published yet", () => {
    const completed = record({ currentStatus: "COMPLETED", currentPercent: 100 });
    expect(value(completed, "ogp_completion")).toBe("complete");
    expect(value(completed, "compact_progress")).toBe("met");
    expect(value(completed, "pending_update_count")).toBe(2);
    const silent = record({ currentStatus: null, currentPercent: null, status: "NOT_REPORTED" });
    expect(value(silent, "ogp_completion")).toBeNull();
    expect(value(silent, "implementation_status")).toBe("not_reported");
  });

  it("links only public commitments", () => {
    expect(value(record(), "url")).toMatch(/^https:\/\/.+\/commitments\//);
    expect(value(record({ approval: "PROPOSED", approvalComment: "Please add a target date." }), "url")).toBeNull();
    expect(
      value(record({ approval: "RETURNED", approvalComment: "Please add a target date." }), "approval_comment"),
    ).toBe("Please add a target date.");
  });
});
