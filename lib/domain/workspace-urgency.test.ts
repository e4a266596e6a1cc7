import { describe, expect, it } from "vitest";
import { compareUrgency, sortByUrgency, urgencyLevel, type UrgencyInput } from "./workspace-urgency";

const base: UrgencyInput = {
  title: "A",
  status: "IN_PROGRESS",
  schedule: "ON_TRACK",
  freshness: "DUE",
  lastPublishedAt: new Date("2024-01-01T00:00:00Z"),
  hasOwnReturnedUpdate: false,
  hasSubmittedUpdate: false,
};
const row = (overrides: Partial<UrgencyInput>): UrgencyInput => ({ ...base, ...overrides });

describe("urgencyLevel", () => {
  it("puts a returned update first, whatever else is true", () => {
    expect(urgencyLevel(row({ hasOwnReturnedUpdate: true, freshness: "REPORTED", status: "COMPLETED" }))).toBe(
      "RETURNED",
    );
  });

  it("treats not reported after the due date as overdue, and two silent cycles as their own level", () => {
    expect(urgencyLevel(row({ freshness: "NOT_REPORTED" }))).toBe("OVERDUE");
    // Two cycles without a report is not "overdue": this cycle's due date may be months away.
    expect(urgencyLevel(row({ freshness: "INACTIVE" }))).toBe("INACTIVE");
  });

  it("treats a report still to come this cycle, or no cycle yet, as due", () => {
    expect(urgencyLevel(row({ freshness: "DUE" }))).toBe("DUE");
    expect(urgencyLevel(row({ freshness: null }))).toBe("DUE");
  });

  it("has nothing to do while an update waits for review, or once one was published this cycle", () => {
    expect(urgencyLevel(row({ freshness: "NOT_REPORTED", hasSubmittedUpdate: true }))).toBe("AWAITING_REVIEW");
    expect(urgencyLevel(row({ freshness: "REPORTED" }))).toBe("UP_TO_DATE");
  });

  it("expects no more reports on a finished commitment", () => {
    expect(urgencyLevel(row({ status: "COMPLETED", freshness: "NOT_REPORTED" }))).toBe("FINISHED");
    expect(urgencyLevel(row({ status: "DISCONTINUED", freshness: "INACTIVE" }))).toBe("FINISHED");
  });
});

describe("sortByUrgency", () => {
  it("orders returned, overdue, two silent cycles, due, awaiting review, up to date, finished", () => {
    const rows = [
      row({ title: "finished", status: "COMPLETED" }),
      row({ title: "up to date", freshness: "REPORTED" }),
      row({ title: "awaiting", hasSubmittedUpdate: true }),
      row({ title: "due", freshness: "DUE" }),
      row({ title: "silent", freshness: "INACTIVE" }),
      row({ title: "overdue", freshness: "NOT_REPORTED" }),
      row({ title: "returned", hasOwnReturnedUpdate: true, freshness: "REPORTED" }),
    ];
    expect(sortByUrgency(rows).map((r) => r.title)).toEqual([
      "returned",
      "overdue",
      "silent",
      "due",
      "awaiting",
      "up to date",
      "finished",
    ]);
  });

  it("within a level: worse schedule first, then the longest wait (never reported first), then title", () => {
    const rows = [
      row({ title: "b on track, old", schedule: "ON_TRACK", lastPublishedAt: new Date("2020-01-01") }),
      row({ title: "a on track, old", schedule: "ON_TRACK", lastPublishedAt: new Date("2020-01-01") }),
      row({ title: "on track, never", schedule: "ON_TRACK", lastPublishedAt: null }),
      row({ title: "overdue target", schedule: "OVERDUE" }),
      row({ title: "at risk", schedule: "AT_RISK" }),
      row({ title: "no target", schedule: "NO_TARGET", lastPublishedAt: null }),
      row({ title: "off track", schedule: "OFF_TRACK" }),
    ];
    expect(sortByUrgency(rows).map((r) => r.title)).toEqual([
      "overdue target",
      "off track",
      "at risk",
      "on track, never",
      "a on track, old",
      "b on track, old",
      "no target",
    ]);
  });

  it("is a consistent comparison (antisymmetric) and leaves its input alone", () => {
    const a = row({ title: "x", lastPublishedAt: null });
    const b = row({ title: "y", lastPublishedAt: null });
    expect(Math.sign(compareUrgency(a, b))).toBe(-Math.sign(compareUrgency(b, a)));
    const input = [b, a];
    sortByUrgency(input);
    expect(input).toEqual([b, a]);
  });
});
