import { describe, expect, it } from "vitest";
import { summarizeFreshness, summarizeMap, summarizeOverTime } from "./chart-summaries";
import { emptyStatusCounts } from "./implementation-status";

const cycle = (name: string, total: number, completed: number, notReported: number, current = false) => ({
  name,
  asOf: `${name.slice(0, 4)}-03-31`,
  current,
  total,
  counts: {
    ...emptyStatusCounts(),
    COMPLETED: completed,
    NOT_REPORTED: notReported,
    IN_PROGRESS: total - completed - notReported,
  },
});

describe("summary of status over time", () => {
  it("compares the first cycle with commitments to the latest", () => {
    const summary = summarizeOverTime([
      cycle("2017", 0, 0, 0),
      cycle("2018", 10, 0, 10),
      cycle("2019", 12, 3, 4, true),
    ]);
    expect(summary).toMatchObject({
      cycles: 2,
      first: { name: "2018", total: 10, completed: 0, notReported: 10 },
      last: { name: "2019", total: 12, completed: 3, notReported: 4, current: true },
    });
  });

  it("is the same cycle twice when there is only one, and nothing when no commitment was pledged", () => {
    const one = summarizeOverTime([cycle("2018", 2, 1, 1)]);
    expect(one?.first).toEqual(one?.last);
    expect(summarizeOverTime([cycle("2018", 0, 0, 0)])).toBeNull();
    expect(summarizeOverTime([])).toBeNull();
  });
});

describe("summary of reporting freshness", () => {
  it("counts every state, zeros included", () => {
    expect(
      summarizeFreshness([
        { state: "REPORTED", count: 2 },
        { state: "INACTIVE", count: 5 },
      ]),
    ).toEqual({
      total: 7,
      REPORTED: 2,
      DUE: 0,
      NOT_REPORTED: 0,
      INACTIVE: 5,
    });
  });
});

describe("summary of the map", () => {
  it("names the countries with the highest value, ties included", () => {
    const summary = summarizeMap([
      { label: "Colombia", value: 4 },
      { label: "Sweden", value: 4 },
      { label: "Hungary", value: 2 },
    ]);
    expect(summary).toEqual({ countries: 3, highest: { items: ["Colombia", "Sweden"], count: 4 } });
  });

  it("has no highest when every value is zero or missing", () => {
    expect(
      summarizeMap([
        { label: "Colombia", value: 0 },
        { label: "Sweden", value: null },
      ]).highest,
    ).toBeNull();
  });
});
