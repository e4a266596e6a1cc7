// Cell rules: formulas refused in plain words, our own exports' apostrophe taken off, dates and numbers strict.
import { describe, expect, it } from "vitest";
import { day, decimal, list, percent, text } from "./cells";

describe("import cells", () => {
  it("refuses text a spreadsheet would run as a formula, and keeps text the exports neutralised", () => {
    for (const value of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1"]) {
      expect(text(value, "commitment_title")).toEqual({
        ok: false,
        problem: { code: "formula", column: "commitment_title", value: value.trim().slice(0, 40) },
      });
    }
    expect(text("'=not a formula", "commitment_title")).toEqual({ ok: true, value: "=not a formula" });
    expect(text("It's fine", "commitment_title")).toEqual({ ok: true, value: "It's fine" });
    expect(text({ formula: "=A1" }, "description")).toMatchObject({ ok: false, problem: { code: "formula" } });
  });

  it("reads days, decimals, percentages and lists strictly", () => {
    expect(day("2030-02-28", "target_date")).toEqual({ ok: true, value: "2030-02-28" });
    expect(day("2030-02-30", "target_date")).toMatchObject({ ok: false, problem: { code: "badDate" } });
    expect(day("31/12/2030", "target_date")).toMatchObject({ ok: false, problem: { code: "badDate" } });
    expect(decimal("-3.50", "indicator_baseline")).toEqual({ ok: true, value: "-3.5" });
    expect(decimal("1,000", "indicator_baseline")).toMatchObject({ ok: false, problem: { code: "badNumber" } });
    expect(percent("40%", "percent_complete")).toEqual({ ok: true, value: 40 });
    expect(percent("140", "percent_complete")).toMatchObject({ ok: false, problem: { code: "badPercent" } });
    expect(list("network; Security_Council;network", "addressed_to")).toEqual({
      ok: true,
      value: ["network", "security_council"],
    });
  });
});
