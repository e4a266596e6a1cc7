import { describe, expect, it } from "vitest";
import { toCommitmentRecord, tallyByKey, toUpdateRecord } from "./records";
import { commitmentRecord, updateRecord } from "./testing/fixtures";

const today = new Date("2026-11-28T12:00:00Z");
const cycles = {
  current: {
    startsOn: new Date("2026-04-01T00:00:00Z"),
    endsOn: new Date("2027-03-31T00:00:00Z"),
    dueOn: new Date("2027-03-01T00:00:00Z"),
  },
  previous: null,
};

describe("toCommitmentRecord", () => {
  const {
    status: _status,
    schedule: _schedule,
    freshness: _freshness,
    sortedThemes: _sorted,
    latestVerification: _latest,
    isDemonstration: _demo,
    ...row
  } = commitmentRecord();

  it("adds the status category, schedule, freshness and the themes in the taxonomy's order", () => {
    const record = toCommitmentRecord(row, { today, cycles });
    expect(record).toMatchObject({
      status: "IN_PROGRESS",
      // 40 % done with 70 % of the time from pledge (2018) to target (2030) gone: behind pace.
      schedule: "AT_RISK",
      freshness: "DUE",
      latestVerification: "SELF_REPORTED",
      sortedThemes: [
        { slug: "participation-in-peace-processes", name: "Participation in peace processes" },
        { slug: "localisation", name: "Localisation" },
      ],
    });
  });

  it("counts silence as not reported, and flags demonstration data from the member or the latest update", () => {
    const silent = toCommitmentRecord({ ...row, currentStatus: null, updates: [] }, { today, cycles: null });
    expect(silent).toMatchObject({
      status: "NOT_REPORTED",
      freshness: null,
      latestVerification: null,
      isDemonstration: false,
    });
    expect(toCommitmentRecord(row, { today, cycles }).isDemonstration).toBe(true);
    expect(
      toCommitmentRecord({ ...row, updates: [], member: { ...row.member, isDemo: true } }, { today, cycles })
        .isDemonstration,
    ).toBe(true);
  });
});

describe("toUpdateRecord", () => {
  it("flags an update as demonstration data when it, its commitment or its member is", () => {
    const { isDemonstration: _demo, redaction: _redaction, ...row } = updateRecord();
    expect(toUpdateRecord(row).isDemonstration).toBe(false);
    expect(toUpdateRecord({ ...row, commitment: { ...row.commitment, isDemo: true } }).isDemonstration).toBe(true);
  });

  it("says which parts the secretariat redacted, and when the latest went", () => {
    const { isDemonstration: _demo, redaction: _redaction, ...row } = updateRecord();
    expect(toUpdateRecord(row).redaction).toEqual({ parts: [], at: null });
    const narrativeAt = new Date("2026-03-02T08:00:00Z");
    const linksAt = new Date("2026-03-04T08:00:00Z");
    expect(
      toUpdateRecord({ ...row, narrative: "", narrativeRedactedAt: narrativeAt, linksRedactedAt: linksAt }).redaction,
    ).toEqual({ parts: ["narrative", "evidence_link"], at: linksAt });
  });
});

describe("tallyByKey", () => {
  it("counts by status with every category present, and zero for a key without rows", () => {
    const tally = tallyByKey([
      { key: "a", status: null, count: 2 },
      { key: "a", status: "COMPLETED", count: 3 },
    ]);
    expect(tally("a")).toEqual({
      commitmentCount: 5,
      statusCounts: {
        NOT_REPORTED: 2,
        NOT_STARTED: 0,
        IN_PROGRESS: 0,
        SUBSTANTIALLY_COMPLETE: 0,
        COMPLETED: 3,
        DISCONTINUED: 0,
      },
      includesDemonstrationData: false,
    });
    expect(tally("b").commitmentCount).toBe(0);
    expect(tallyByKey([{ key: "a", status: null, count: 1, demo: true }])("a").includesDemonstrationData).toBe(true);
  });
});
