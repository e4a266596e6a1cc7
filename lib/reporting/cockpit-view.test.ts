import { describe, expect, it } from "vitest";
import type { CockpitRow } from "@/lib/data/secretariat/reporting/get-cockpit";
import { cockpitRows, parseCockpitQuery } from "./cockpit-view";

function row(name: string, overrides: Partial<CockpitRow> = {}): CockpitRow {
  return {
    memberId: name,
    slug: name.toLowerCase(),
    name,
    kind: "MEMBER_STATE",
    focalPoints: ["A focal point"],
    commitments: 3,
    reported: 0,
    updatesThisCycle: 0,
    drafts: 0,
    submitted: 0,
    returned: 0,
    lastPublishedAt: null,
    daysSinceLastUpdate: null,
    lastReminder: null,
    silent: true,
    due: true,
    ...overrides,
  };
}

const rows = [
  row("Colombia", { reported: 3, updatesThisCycle: 3, silent: false, due: false, daysSinceLastUpdate: 10 }),
  row("Norway", { daysSinceLastUpdate: 400, drafts: 1 }),
  row("Sweden", { reported: 1, commitments: 5, silent: false, updatesThisCycle: 1, daysSinceLastUpdate: 30 }),
  row("Spain", { commitments: 0, silent: false, due: false }),
];

describe("cockpitRows", () => {
  it("filters silent members, members due a reminder, members with pending updates", () => {
    expect(cockpitRows(rows, "silent", "name").map((r) => r.name)).toEqual(["Norway"]);
    expect(cockpitRows(rows, "due", "name").map((r) => r.name)).toEqual(["Norway", "Sweden"]);
    expect(cockpitRows(rows, "pending", "name").map((r) => r.name)).toEqual(["Norway"]);
    expect(cockpitRows(rows, "all", "name")).toHaveLength(4);
  });

  it("sorts by longest silence (never reported first) or by commitments not reported", () => {
    expect(cockpitRows(rows, "all", "silence").map((r) => r.name)).toEqual(["Spain", "Norway", "Sweden", "Colombia"]);
    expect(cockpitRows(rows, "all", "unreported").map((r) => r.name)).toEqual([
      "Sweden",
      "Norway",
      "Colombia",
      "Spain",
    ]);
  });
});

describe("parseCockpitQuery", () => {
  it("falls back to the defaults for anything unknown", () => {
    expect(parseCockpitQuery({ show: "silent", sort: "silence", page: "2" })).toEqual({
      show: "silent",
      sort: "silence",
      page: 2,
    });
    expect(parseCockpitQuery({ show: "<script>", sort: ["x"], page: "-1" })).toEqual({
      show: "all",
      sort: "name",
      page: 1,
    });
  });
});
