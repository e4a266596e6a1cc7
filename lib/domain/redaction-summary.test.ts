import { describe, expect, it } from "vitest";
import { redactionSummary } from "./redaction-summary";

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe("redactionSummary", () => {
  it("says nothing was removed from a text the secretariat never redacted", () => {
    expect(redactionSummary(null, [])).toEqual({ parts: [], at: null });
  });

  it("names each kind of part once, narrative first, and dates the latest redaction", () => {
    expect(redactionSummary(day("2026-03-02"), [day("2026-03-05"), day("2026-03-01")])).toEqual({
      parts: ["narrative", "evidence_link"],
      at: day("2026-03-05"),
    });
    expect(redactionSummary(day("2026-03-02"), [])).toEqual({ parts: ["narrative"], at: day("2026-03-02") });
    expect(redactionSummary(null, [day("2026-03-01")])).toEqual({ parts: ["evidence_link"], at: day("2026-03-01") });
  });
});
