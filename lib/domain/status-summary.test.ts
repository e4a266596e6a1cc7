import { describe, expect, it } from "vitest";
import { emptyStatusCounts } from "./implementation-status";
import { leaders, summarizeByGroup, summarizeStatusCounts } from "./status-summary";

const counts = (values: Partial<ReturnType<typeof emptyStatusCounts>>) => ({ ...emptyStatusCounts(), ...values });

describe("leaders", () => {
  it("keeps every item tied for the top, in input order", () => {
    expect(leaders(["a", "b", "c"], (x) => ({ a: 2, b: 1, c: 2 })[x] ?? 0)).toEqual({ items: ["a", "c"], count: 2 });
  });

  it("is null when nothing has a positive value", () => {
    expect(leaders(["a"], () => 0)).toBeNull();
    expect(leaders([], () => 1)).toBeNull();
  });
});

describe("summarizeStatusCounts", () => {
  it("reports the total, the largest categories (ties included) and the silent ones", () => {
    const summary = summarizeStatusCounts(counts({ NOT_REPORTED: 4, IN_PROGRESS: 4, COMPLETED: 2 }));
    expect(summary).toEqual({
      total: 10,
      largest: { items: ["NOT_REPORTED", "IN_PROGRESS"], count: 4 },
      notReported: 4,
      completed: 2,
    });
  });

  it("has no largest category when there are no commitments", () => {
    expect(summarizeStatusCounts(emptyStatusCounts()).largest).toBeNull();
  });
});

describe("summarizeByGroup", () => {
  it("names the largest group and the one with the most silence, ignoring empty groups", () => {
    const summary = summarizeByGroup([
      { label: "Training", counts: counts({ IN_PROGRESS: 3 }), total: 3 },
      { label: "Localisation", counts: counts({ NOT_REPORTED: 2 }), total: 2 },
      { label: "Empty", counts: emptyStatusCounts(), total: 0 },
    ]);
    expect(summary).toEqual({
      groups: 2,
      largest: { items: ["Training"], count: 3 },
      mostSilent: { items: ["Localisation"], count: 2 },
    });
  });

  it("has no silent group when everything was reported", () => {
    expect(summarizeByGroup([{ label: "A", counts: counts({ COMPLETED: 1 }), total: 1 }]).mostSilent).toBeNull();
  });
});
