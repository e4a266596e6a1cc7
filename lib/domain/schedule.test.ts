import { describe, expect, it } from "vitest";
import { computeSchedule, type ScheduleInput } from "./schedule";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Pledged 1 Jan 2024, target 31 Dec 2025 (730 days), unless a test says otherwise.
const base: ScheduleInput = {
  today: day("2024-06-01"),
  pledgedOn: day("2024-01-01"),
  targetDate: day("2025-12-31"),
  status: "IN_PROGRESS",
  percent: null,
  milestones: [],
};

const schedule = (overrides: Partial<ScheduleInput>) => computeSchedule({ ...base, ...overrides });

describe("computeSchedule", () => {
  it("is NO_TARGET without a target date", () => {
    expect(schedule({ targetDate: null })).toEqual({ state: "NO_TARGET", reason: "noTarget" });
  });

  it("is DONE for completed and discontinued commitments, even when completed late", () => {
    expect(schedule({ status: "COMPLETED", today: day("2027-01-01") }).state).toBe("DONE");
    expect(schedule({ status: "DISCONTINUED" }).state).toBe("DONE");
    expect(schedule({ status: "COMPLETED", targetDate: null }).state).toBe("DONE");
  });

  it("is OVERDUE the day after the target date, not on it", () => {
    expect(schedule({ today: day("2026-01-01") })).toEqual({ state: "OVERDUE", reason: "targetPassed" });
    expect(schedule({ today: day("2025-12-31") }).state).not.toBe("OVERDUE");
  });

  it("treats a target of today as due soon: at risk unless substantially complete", () => {
    const today = day("2025-12-31");
    expect(schedule({ today, targetDate: today }).state).toBe("AT_RISK");
    expect(schedule({ today, targetDate: today, status: "SUBSTANTIALLY_COMPLETE" }).state).toBe("ON_TRACK");
  });

  it("ignores the time of day of 'today'", () => {
    expect(schedule({ today: new Date("2025-12-31T23:59:59Z") }).state).not.toBe("OVERDUE");
  });

  it("is OFF_TRACK when a milestone due before today was not reached", () => {
    const milestones = [{ dueDate: day("2024-05-01"), reachedOn: null }];
    expect(schedule({ milestones })).toEqual({ state: "OFF_TRACK", reason: "milestoneMissed" });
  });

  it("does not count reached milestones, milestones due today, or undated milestones", () => {
    expect(schedule({ milestones: [{ dueDate: day("2024-05-01"), reachedOn: day("2024-05-20") }] }).state).toBe(
      "ON_TRACK",
    );
    expect(schedule({ milestones: [{ dueDate: day("2024-06-01"), reachedOn: null }] }).state).toBe("ON_TRACK");
    expect(schedule({ milestones: [{ dueDate: null, reachedOn: null }] }).state).toBe("ON_TRACK");
  });

  it("is OFF_TRACK when nothing started after half the time elapsed, including when nothing was reported", () => {
    const late = day("2025-01-02");
    expect(schedule({ today: late, status: "NOT_STARTED" })).toEqual({ state: "OFF_TRACK", reason: "notStartedLate" });
    expect(schedule({ today: late, status: null }).state).toBe("OFF_TRACK");
    expect(schedule({ today: day("2024-06-01"), status: null }).state).toBe("ON_TRACK");
  });

  it("is AT_RISK within 90 days of the target", () => {
    expect(schedule({ today: day("2025-10-02") })).toEqual({ state: "AT_RISK", reason: "targetSoon" });
    expect(schedule({ today: day("2025-10-01") }).state).toBe("ON_TRACK");
  });

  it("is AT_RISK when the reported percentage lags time elapsed by more than 25 points", () => {
    // 2025-01-01 is half-way (366 of 730 days): 20 % is behind, 30 % is not.
    const today = day("2025-01-01");
    expect(schedule({ today, percent: 20 })).toEqual({ state: "AT_RISK", reason: "behindPace" });
    expect(schedule({ today, percent: 30 }).state).toBe("ON_TRACK");
  });

  it("handles a target on or before the pledge date", () => {
    expect(schedule({ today: day("2024-01-01"), targetDate: day("2024-01-01"), status: null }).state).toBe("OFF_TRACK");
  });
});
