import { describe, expect, it } from "vitest";
import { binOf, mapBins, mapMeasureValue, parseMapMeasure } from "./map-scale";

describe("map measure", () => {
  it("defaults to the number of commitments for anything unknown", () => {
    expect(parseMapMeasure("completed")).toBe("completed");
    expect(parseMapMeasure(["reported", "completed"])).toBe("reported");
    for (const bad of [undefined, "", "COMPLETED", "<script>", 3]) expect(parseMapMeasure(bad)).toBe("commitments");
  });

  it("is a count or a whole percentage, and null when there is nothing to report against", () => {
    const row = { commitments: 3, completed: 1, reported: 2 };
    expect(mapMeasureValue(row, "commitments")).toBe(3);
    expect(mapMeasureValue(row, "completed")).toBe(33);
    expect(mapMeasureValue(row, "reported")).toBe(67);
    expect(mapMeasureValue({ ...row, reported: null }, "reported")).toBeNull();
  });
});

describe("map classes", () => {
  it("give one class per count when the counts are small", () => {
    expect(mapBins("commitments", [1, 3, 2]).map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it("give five 'nice' ranges that cover every count when they are large", () => {
    const bins = mapBins("commitments", [1, 47, 230]);
    expect(bins.map(({ min, max }) => [min, max])).toEqual([
      [1, 50],
      [51, 100],
      [101, 150],
      [151, 200],
      [201, 230],
    ]);
    for (const value of [1, 47, 50, 51, 230]) expect(binOf(bins, value)).not.toBeNull();
  });

  it("keep the darkest shade for the most, however few classes there are", () => {
    expect(mapBins("commitments", [2]).at(-1)?.color).toBe("#08519c");
    expect(mapBins("commitments", [1, 2]).map((bin) => bin.color)).toEqual(["#c6dbef", "#08519c"]);
  });

  it("cut percentages into fixed fifths, 0 and 100 included", () => {
    const bins = mapBins("completed", [0, 100]);
    expect(bins).toHaveLength(5);
    expect(binOf(bins, 0)?.min).toBe(0);
    expect(binOf(bins, 19)?.max).toBe(19);
    expect(binOf(bins, 20)?.min).toBe(20);
    expect(binOf(bins, 100)?.max).toBe(100);
  });

  it("shade nothing without values, and leave a missing value unshaded", () => {
    expect(mapBins("reported", [null, null])).toEqual([]);
    expect(binOf(mapBins("commitments", [4]), null)).toBeNull();
  });
});
