import { describe, expect, it } from "vitest";
import { discontinuedReasonOf } from "./discontinued-reason";

const MAX = 1000;
const narrative = "The ministry merged the unit into another department.\n\nNo further reporting is planned.";

describe("discontinuedReasonOf", () => {
  it("gives the barriers' own words, in one paragraph", () => {
    const barriers = [{ detail: "Budget line  cut\nin 2025" }, { detail: null }, { detail: "  Mandate ended " }];
    expect(discontinuedReasonOf({ narrative, barriers }, MAX)).toBe("Budget line cut in 2025; Mandate ended");
    const sentences = [{ detail: "The budget was cut." }, { detail: "The mandate ended." }];
    expect(discontinuedReasonOf({ narrative, barriers: sentences }, MAX)).toBe(
      "The budget was cut. The mandate ended.",
    );
  });

  it("falls back to the narrative when no barrier has a detail", () => {
    expect(discontinuedReasonOf({ narrative, barriers: [{ detail: null }, { detail: "   " }] }, MAX)).toBe(
      "The ministry merged the unit into another department. No further reporting is planned.",
    );
  });

  it("is null when the update gives no words at all", () => {
    expect(discontinuedReasonOf({ narrative: " \n ", barriers: [{ detail: null }] }, MAX)).toBeNull();
  });

  it("stays within the secretariat reason's length, cut at a word with an ellipsis", () => {
    const long = `${"word ".repeat(400)}end`;
    const reason = discontinuedReasonOf({ narrative: long, barriers: [] }, MAX)!;
    expect(reason.length).toBeLessThanOrEqual(MAX);
    expect(reason).toMatch(/^(word )+word…$/);
    expect(discontinuedReasonOf({ narrative: "x".repeat(MAX), barriers: [] }, MAX)).toHaveLength(MAX);
  });

  it("never ends on half of a character outside the Basic Multilingual Plane", () => {
    const reason = discontinuedReasonOf({ narrative: "🕊".repeat(20), barriers: [] }, 10)!;
    expect(reason).toBe(`${"🕊".repeat(4)}…`);
  });
});
