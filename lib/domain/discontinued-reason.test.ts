import { describe, expect, it } from "vitest";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";
import { discontinuedReasonOf } from "./discontinued-reason";

const narrative = "The ministry merged the unit into another department.\n\nNo further reporting is planned.";

describe("discontinuedReasonOf", () => {
  it("gives the barriers' own words, in one paragraph", () => {
    const barriers = [{ detail: "Budget line  cut\nin 2025" }, { detail: null }, { detail: "  Mandate ended " }];
    expect(discontinuedReasonOf({ narrative, barriers })).toBe("Budget line cut in 2025; Mandate ended");
    const sentences = [{ detail: "The budget was cut." }, { detail: "The mandate ended." }];
    expect(discontinuedReasonOf({ narrative, barriers: sentences })).toBe("The budget was cut. The mandate ended.");
  });

  it("falls back to the narrative when no barrier has a detail", () => {
    expect(discontinuedReasonOf({ narrative, barriers: [{ detail: null }, { detail: "   " }] })).toBe(
      "The ministry merged the unit into another department. No further reporting is planned.",
    );
  });

  it("is null when the update gives no words at all", () => {
    expect(discontinuedReasonOf({ narrative: " \n ", barriers: [{ detail: null }] })).toBeNull();
  });

  it("stays within the secretariat reason's length, cut at a word with an ellipsis", () => {
    const long = `${"word ".repeat(400)}end`;
    const reason = discontinuedReasonOf({ narrative: long, barriers: [] })!;
    expect(reason.length).toBeLessThanOrEqual(DECISION_COMMENT_MAX_LENGTH);
    expect(reason).toMatch(/^(word )+word…$/);
    expect(discontinuedReasonOf({ narrative: "x".repeat(DECISION_COMMENT_MAX_LENGTH), barriers: [] })).toHaveLength(
      DECISION_COMMENT_MAX_LENGTH,
    );
  });

  it("never ends on half of a character outside the Basic Multilingual Plane", () => {
    const reason = discontinuedReasonOf({ narrative: "🕊".repeat(20), barriers: [] }, 10)!;
    expect(reason).toBe(`${"🕊".repeat(4)}…`);
  });
});
