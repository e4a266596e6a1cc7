import { describe, expect, it } from "vitest";
import { decodeDates, encodeDates } from "./json-dates";

describe("dates through a JSON cache", () => {
  it("come back as the same Dates, nested in objects and arrays", () => {
    const value = {
      lastPublishedAt: new Date("2026-02-01T10:00:00.000Z"),
      cycle: { name: "2025–2026", startsOn: new Date("2025-04-01T00:00:00Z") },
      rows: [{ at: new Date(0), count: 3, label: "2026-02-01T10:00:00.000Z" }],
      none: null,
    };
    const roundTripped = decodeDates(JSON.parse(JSON.stringify(encodeDates(value))));
    expect(roundTripped).toEqual(value);
    // A string that merely looks like a date stays a string.
    expect((roundTripped as typeof value).rows[0]?.label).toBe("2026-02-01T10:00:00.000Z");
  });

  it("leave plain values alone", () => {
    expect(decodeDates(encodeDates([1, "a", true, null]))).toEqual([1, "a", true, null]);
  });
});
