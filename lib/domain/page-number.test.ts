import { describe, expect, it } from "vitest";
import { pageWindow, parsePageNumber } from "./page-number";

describe("parsePageNumber", () => {
  it("reads a whole page number", () => {
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber(["7", "2"])).toBe(7);
    expect(parsePageNumber("100000")).toBe(100_000);
  });

  it("falls back to page 1 for anything else", () => {
    for (const value of [
      undefined,
      "",
      "0",
      "-2",
      "abc",
      "1e9",
      "2.5",
      " 3",
      "999999999999",
      "1;DROP TABLE members",
      "0x10",
    ]) {
      expect(parsePageNumber(value)).toBe(1);
    }
    expect(parsePageNumber("100001")).toBe(1);
  });
});

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("keeps the first and last page and marks the gaps", () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 2500)).toEqual([1, 2, 3, null, 2500]);
    expect(pageWindow(2500, 2500)).toEqual([1, null, 2498, 2499, 2500]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });
});
