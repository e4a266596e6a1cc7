import { describe, expect, it } from "vitest";
import { conflictDiff } from "./workspace-conflict";

const FIELDS = ["status", "narrative", "themes"] as const;

describe("conflictDiff", () => {
  it("lists only the fields that differ, in field order, with both values", () => {
    expect(
      conflictDiff(
        FIELDS,
        { status: "IN_PROGRESS", narrative: "Theirs", themes: ["a"] },
        { status: "IN_PROGRESS", narrative: "Mine", themes: ["a", "b"] },
      ),
    ).toEqual([
      { field: "narrative", theirs: ["Theirs"], mine: ["Mine"] },
      { field: "themes", theirs: ["a"], mine: ["a", "b"] },
    ]);
  });

  it("ignores whitespace at the ends, line-ending style and blank list entries", () => {
    expect(
      conflictDiff(FIELDS, { narrative: "Line one\r\nLine two  " }, { narrative: "  Line one\nLine two" }),
    ).toEqual([]);
    expect(conflictDiff(FIELDS, { themes: ["a", " "] }, { themes: ["a"] })).toEqual([]);
  });

  it("compares unordered fields as sets and ordered ones as sequences", () => {
    expect(conflictDiff(FIELDS, { themes: ["b", "a"] }, { themes: ["a", "b"] }, ["themes"])).toEqual([]);
    expect(conflictDiff(FIELDS, { themes: ["b", "a"] }, { themes: ["a", "b"] })).toHaveLength(1);
  });

  it("reports a value cleared on one side", () => {
    expect(conflictDiff(FIELDS, { narrative: "Kept" }, { narrative: "" })).toEqual([
      { field: "narrative", theirs: ["Kept"], mine: [] },
    ]);
  });
});
