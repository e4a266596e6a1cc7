import { describe, expect, it } from "vitest";
import { computeFreshness, pickCurrentCycle, type CycleDates, type FreshnessInput } from "./freshness";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cycle = (year: number): CycleDates & { name: string } => ({
  name: String(year),
  startsOn: day(`${year}-04-01`),
  endsOn: day(`${year + 1}-03-31`),
  dueOn: day(`${year + 1}-02-28`),
});
const cycles = [cycle(2024), cycle(2023), cycle(2025)];

describe("pickCurrentCycle", () => {
  it("is null before the first cycle starts", () => {
    expect(pickCurrentCycle(cycles, day("2023-03-31"))).toBeNull();
    expect(pickCurrentCycle([], day("2024-01-01"))).toBeNull();
  });

  it("has no previous cycle during the first one", () => {
    const picked = pickCurrentCycle(cycles, day("2023-04-01"));
    expect(picked?.current.name).toBe("2023");
    expect(picked?.previous).toBeNull();
  });

  it("switches cycle on the new cycle's first day, whatever the input order", () => {
    expect(pickCurrentCycle(cycles, day("2025-03-31"))?.current.name).toBe("2024");
    const picked = pickCurrentCycle(cycles, day("2025-04-01"));
    expect(picked?.current.name).toBe("2025");
    expect(picked?.previous?.name).toBe("2024");
  });

  it("keeps the last cycle current after it ends when no new one has been created", () => {
    expect(pickCurrentCycle(cycles, day("2030-01-01"))?.current.name).toBe("2025");
  });
});

describe("computeFreshness", () => {
  const today = day("2025-06-01"); // in cycle 2025 (due 2026-02-28), previous 2024
  const input = (overrides: Partial<FreshnessInput>): FreshnessInput => ({
    today,
    pledgedOn: day("2018-04-09"),
    lastPublishedAt: null,
    cycles: pickCurrentCycle(cycles, overrides.today ?? today),
    ...overrides,
  });

  it("is null when no cycle has started", () => {
    expect(computeFreshness(input({ cycles: null }))).toBeNull();
  });

  it("is REPORTED from the current cycle's first day", () => {
    expect(computeFreshness(input({ lastPublishedAt: new Date("2025-04-01T00:00:00Z") }))).toBe("REPORTED");
    expect(computeFreshness(input({ lastPublishedAt: new Date("2025-05-10T15:30:00Z") }))).toBe("REPORTED");
  });

  it("is DUE when last reported in the previous cycle and the due date has not passed", () => {
    expect(computeFreshness(input({ lastPublishedAt: new Date("2025-03-31T23:59:00Z") }))).toBe("DUE");
    expect(computeFreshness(input({ today: day("2026-02-28"), lastPublishedAt: day("2024-06-01") }))).toBe("DUE");
  });

  it("is NOT_REPORTED once the due date has passed", () => {
    expect(computeFreshness(input({ today: day("2026-03-01"), lastPublishedAt: day("2024-06-01") }))).toBe(
      "NOT_REPORTED",
    );
  });

  it("is INACTIVE after a whole cycle of silence and none in the current one", () => {
    expect(computeFreshness(input({ lastPublishedAt: day("2024-03-31") }))).toBe("INACTIVE");
    expect(computeFreshness(input({ lastPublishedAt: null }))).toBe("INACTIVE");
  });

  it("is never INACTIVE in the first cycle", () => {
    const first = day("2023-06-01");
    expect(computeFreshness(input({ today: first, lastPublishedAt: null }))).toBe("DUE");
    expect(computeFreshness(input({ today: day("2024-03-01"), lastPublishedAt: null }))).toBe("NOT_REPORTED");
  });

  it("does not count cycles that ended before the commitment was pledged", () => {
    expect(computeFreshness(input({ pledgedOn: day("2025-04-10"), lastPublishedAt: null }))).toBe("DUE");
  });

  it("does not expect a report from a commitment pledged after the due date", () => {
    const pledgedOn = day("2026-03-10");
    expect(computeFreshness(input({ today: day("2026-03-20"), pledgedOn, lastPublishedAt: null }))).toBe("DUE");
  });
});
