import { describe, expect, it } from "vitest";
import type { CommitmentForExport } from "@/lib/data/secretariat/list-commitments-for-export";
import secretariatMessages from "@/lib/i18n/messages/en/secretariat.json";
import { COMMITMENTS_CSV_COLUMNS } from "./commitments-csv-columns";
import { commitmentsCsvFilename, serialiseCommitmentsCsv, toCommitmentsCsvRow } from "./commitments-csv";
import { parseCsv, parseCsvRecords } from "./testing/parse-csv";

const APP_URL = "https://tracker.example.org";

function commitment(overrides: Partial<CommitmentForExport> = {}): CommitmentForExport {
  return {
    slug: "colombia-gender-sub-committee",
    title: "Create a Gender Sub-Committee",
    pillars: ["PARTICIPATION", "RELIEF_RECOVERY"],
    targetDate: new Date("2020-12-31T00:00:00Z"),
    approval: "APPROVED",
    currentStatus: "IN_PROGRESS",
    currentPercent: 40,
    lastPublishedAt: new Date("2026-03-01T09:30:00.000Z"),
    isDemo: false,
    member: { name: "Colombia", kind: "MEMBER_STATE", isoCode: "COL", isDemo: false },
    meeting: { title: "Capital-level meeting, Berlin", startDate: new Date("2018-04-09T00:00:00Z") },
    themes: [
      { theme: { name: "Localisation", sortOrder: 8 } },
      { theme: { name: "Participation in peace processes", sortOrder: 1 } },
    ],
    updates: [{ isDemo: true, verification: "SELF_REPORTED" }],
    ...overrides,
  };
}

describe("toCommitmentsCsvRow", () => {
  it("shapes a commitment into the documented columns and formats", () => {
    expect(toCommitmentsCsvRow(commitment(), APP_URL)).toEqual({
      commitment_slug: "colombia-gender-sub-committee",
      commitment_title: "Create a Gender Sub-Committee",
      member_name: "Colombia",
      member_kind: "member_state",
      member_iso3: "COL",
      themes: "Participation in peace processes;Localisation",
      pillars: "participation;relief_recovery",
      meeting: "Capital-level meeting, Berlin",
      meeting_date: "2018-04-09",
      target_date: "2020-12-31",
      approval: "approved",
      implementation_status: "in_progress",
      percent_complete: 40,
      last_published_at: "2026-03-01T09:30:00.000Z",
      latest_verification: "self_reported",
      demonstration_data: "true",
      url: "https://tracker.example.org/commitments/colombia-gender-sub-committee",
    });
  });

  it("reports silence as not_reported and leaves absent values empty", () => {
    const row = toCommitmentsCsvRow(
      commitment({
        currentStatus: null,
        currentPercent: null,
        lastPublishedAt: null,
        targetDate: null,
        updates: [],
        approval: "PROPOSED",
        member: { name: "NGO Working Group", kind: "CIVIL_SOCIETY", isoCode: null, isDemo: false },
      }),
      APP_URL,
    );
    expect(row).toMatchObject({
      implementation_status: "not_reported",
      percent_complete: null,
      last_published_at: null,
      target_date: null,
      latest_verification: null,
      member_iso3: null,
      demonstration_data: "false",
      url: null,
    });
  });
});

describe("serialiseCommitmentsCsv", () => {
  it("writes a BOM, one header row with the documented columns, and CRLF line ends", () => {
    const csv = serialiseCommitmentsCsv([toCommitmentsCsvRow(commitment(), APP_URL)]);
    expect(csv.startsWith("\uFEFFcommitment_slug,commitment_title,")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${COMMITMENTS_CSV_COLUMNS.join(",")}`);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("quotes commas, quotes and line breaks so that every value reads back exactly", () => {
    const title = 'Train "all" peacekeepers, police\nand\r\nmilitary\rstaff';
    const csv = serialiseCommitmentsCsv([toCommitmentsCsvRow(commitment({ title }), APP_URL)]);
    const [record] = parseCsvRecords(csv);
    expect(record?.commitment_title).toBe(title);
    expect(parseCsv(csv)).toHaveLength(2);
  });

  it("neutralises every text cell that a spreadsheet would run as a formula", () => {
    const row = toCommitmentsCsvRow(
      commitment({
        title: '=HYPERLINK("https://evil.example","Click")',
        member: { name: "@SUM(1,2)", kind: "CIVIL_SOCIETY", isoCode: null, isDemo: false },
        meeting: { title: "-2+3", startDate: new Date("2018-04-09T00:00:00Z") },
        themes: [{ theme: { name: "+cmd", sortOrder: 1 } }],
      }),
      APP_URL,
    );
    const [record] = parseCsvRecords(serialiseCommitmentsCsv([row]));
    expect(record?.commitment_title).toBe(`'=HYPERLINK("https://evil.example","Click")`);
    expect(record?.member_name).toBe("'@SUM(1,2)");
    expect(record?.meeting).toBe("'-2+3");
    expect(record?.themes).toBe("'+cmd");
    expect(record?.percent_complete).toBe("40");
  });

  it("writes only the header when there are no commitments", () => {
    expect(parseCsv(serialiseCommitmentsCsv([]))).toEqual([[...COMMITMENTS_CSV_COLUMNS]]);
  });
});

describe("commitmentsCsvFilename", () => {
  it("names the file after the UTC day of the export", () => {
    expect(commitmentsCsvFilename(new Date("2026-11-28T23:59:59Z"))).toBe("wps-commitments-2026-11-28.csv");
  });
});

describe("COMMITMENTS_CSV_COLUMNS", () => {
  it("are unique snake_case names, each described on the secretariat page", () => {
    expect(new Set(COMMITMENTS_CSV_COLUMNS).size).toBe(COMMITMENTS_CSV_COLUMNS.length);
    for (const column of COMMITMENTS_CSV_COLUMNS) expect(column).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(Object.keys(secretariatMessages.export.columns)).toEqual([...COMMITMENTS_CSV_COLUMNS]);
  });
});
