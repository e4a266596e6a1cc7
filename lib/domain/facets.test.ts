import { describe, expect, it } from "vitest";
import { facetOptions, withoutFilter } from "./facets";

const catalogue = [
  { value: "a", label: "Alpha" },
  { value: "b", label: "Beta" },
  { value: "c", label: "Gamma" },
];

describe("facetOptions", () => {
  it("keeps the catalogue's order and fills in zero counts for a short list", () => {
    expect(
      facetOptions(
        catalogue,
        new Map([
          ["c", 4],
          ["a", 1],
        ]),
        "b",
        true,
      ),
    ).toEqual([
      { value: "a", label: "Alpha", count: 1, selected: false },
      { value: "b", label: "Beta", count: 0, selected: true },
      { value: "c", label: "Gamma", count: 4, selected: false },
    ]);
  });

  it("drops empty values from a long list, but never the selected one", () => {
    const options = facetOptions(catalogue, new Map([["c", 4]]), "b", false);
    expect(options.map((option) => [option.value, option.count])).toEqual([
      ["b", 0],
      ["c", 4],
    ]);
    expect(facetOptions(catalogue, new Map(), undefined, false)).toEqual([]);
  });

  it("keeps only the values with the most commitments when limited, and the selected one, in catalogue order", () => {
    const counts = new Map([
      ["a", 1],
      ["b", 5],
      ["c", 5],
    ]);
    expect(facetOptions(catalogue, counts, undefined, false, 2).map((option) => option.value)).toEqual(["b", "c"]);
    expect(facetOptions(catalogue, counts, "a", false, 2).map((option) => option.value)).toEqual(["a", "b"]);
    expect(facetOptions(catalogue, counts, undefined, false, 3)).toHaveLength(3);
  });

  it("ignores counts for values the catalogue does not know", () => {
    expect(facetOptions(catalogue, new Map([["zz", 9]]), undefined, false)).toEqual([]);
  });
});

describe("withoutFilter", () => {
  it("removes one filter and leaves the original untouched", () => {
    const filters = { theme: "localisation", status: "COMPLETED" as const, q: "training" };
    expect(withoutFilter(filters, "status")).toEqual({ theme: "localisation", q: "training" });
    expect(filters.status).toBe("COMPLETED");
  });
});
