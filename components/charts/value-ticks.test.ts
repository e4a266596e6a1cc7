import { describe, expect, it } from "vitest";
import { valueTicks } from "./value-ticks";

describe("valueTicks", () => {
  it("runs from 0 to a round number at or above the largest value", () => {
    expect(valueTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(valueTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(valueTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it("steps by whole numbers only, however small the counts", () => {
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]);
    expect(valueTicks(1)).toEqual([0, 1]);
  });

  it("still draws an axis when every count is zero", () => {
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});
