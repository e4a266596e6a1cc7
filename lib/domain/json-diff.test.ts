import { describe, expect, it } from "vitest";
import { diffJson, formatJsonValue } from "./json-diff";

describe("diffJson", () => {
  it("lists changed values by path and leaves unchanged ones out", () => {
    const before = { commitment: { id: "c1", version: 3, status: "IN_PROGRESS", percent: 40 } };
    const after = { commitment: { id: "c1", version: 4, status: "COMPLETED", percent: 40 } };
    expect(diffJson(before, after)).toEqual([
      { path: "commitment.version", kind: "changed", before: 3, after: 4 },
      { path: "commitment.status", kind: "changed", before: "IN_PROGRESS", after: "COMPLETED" },
    ]);
  });

  it("lists every value of a created record as added, and of a deleted one as removed", () => {
    expect(diffJson(null, { name: "Sweden", iso: { code: "SWE" }, pillars: ["PARTICIPATION", "PROTECTION"] })).toEqual([
      { path: "name", kind: "added", after: "Sweden" },
      { path: "iso.code", kind: "added", after: "SWE" },
      { path: "pillars", kind: "added", after: ["PARTICIPATION", "PROTECTION"] },
    ]);
    expect(diffJson({ active: true }, undefined)).toEqual([{ path: "active", kind: "removed", before: true }]);
  });

  it("treats null as no value, and compares lists of plain values as a whole", () => {
    expect(
      diffJson({ comment: null, tags: ["a", "b"] }, { comment: "Please add a source.", tags: ["a", "c"] }),
    ).toEqual([
      { path: "comment", kind: "added", after: "Please add a source." },
      { path: "tags", kind: "changed", before: ["a", "b"], after: ["a", "c"] },
    ]);
  });

  it("walks lists of records item by item", () => {
    const before = { evidence: [{ url: "https://a.example" }] };
    const after = { evidence: [{ url: "https://a.example" }, { url: "https://b.example", label: "B" }] };
    expect(diffJson(before, after)).toEqual([
      { path: "evidence[1].url", kind: "added", after: "https://b.example" },
      { path: "evidence[1].label", kind: "added", after: "B" },
    ]);
  });

  it("handles scalar documents and identical documents", () => {
    expect(diffJson("a", "b")).toEqual([{ path: "", kind: "changed", before: "a", after: "b" }]);
    expect(diffJson({ a: 1 }, { a: 1 })).toEqual([]);
    expect(diffJson(null, null)).toEqual([]);
  });
});

describe("formatJsonValue", () => {
  it("shows strings as they are and other values as JSON", () => {
    expect(formatJsonValue("In progress")).toBe("In progress");
    expect(formatJsonValue(40)).toBe("40");
    expect(formatJsonValue(["a", "b"])).toBe('["a","b"]');
    expect(formatJsonValue(undefined)).toBe("");
  });
});
