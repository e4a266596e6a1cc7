import { describe, expect, it } from "vitest";
import { lastUpdateAge } from "./last-update-age";

const now = new Date("2026-03-10T08:00:00Z");

describe("lastUpdateAge", () => {
  it("is null when nothing was published", () => {
    expect(lastUpdateAge(null, now)).toBeNull();
    expect(lastUpdateAge(new Date("not a date"), now)).toBeNull();
  });

  it("says today for the same UTC calendar day, and for a date in the future", () => {
    expect(lastUpdateAge(new Date("2026-03-10T00:00:00Z"), now)).toEqual({ unit: "today" });
    expect(lastUpdateAge(new Date("2026-03-10T23:59:59Z"), now)).toEqual({ unit: "today" });
    expect(lastUpdateAge(new Date("2026-04-01T00:00:00Z"), now)).toEqual({ unit: "today" });
  });

  it("counts calendar days, not 24-hour periods", () => {
    // Published late yesterday, read early today: one day ago, although fewer than 24 hours passed.
    const age = lastUpdateAge(new Date("2026-03-09T23:30:00Z"), new Date("2026-03-10T00:30:00Z"));
    expect(age).toMatchObject({ unit: "day", days: 1 });
    if (age?.unit === "day") {
      expect(age.from.toISOString()).toBe("2026-03-09T00:00:00.000Z");
      expect(age.now.toISOString()).toBe("2026-03-10T00:00:00.000Z");
    }
  });

  it("switches to months at 60 days and to years at two years", () => {
    expect(lastUpdateAge(new Date("2026-01-10T12:00:00Z"), now)).toMatchObject({ unit: "day", days: 59 });
    expect(lastUpdateAge(new Date("2026-01-09T12:00:00Z"), now)).toMatchObject({ unit: "month", days: 60 });
    expect(lastUpdateAge(new Date("2024-03-11T12:00:00Z"), now)).toMatchObject({ unit: "month", days: 729 });
    expect(lastUpdateAge(new Date("2024-03-10T12:00:00Z"), now)).toMatchObject({ unit: "year", days: 730 });
  });
});
