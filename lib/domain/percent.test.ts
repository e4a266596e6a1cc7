import { describe, expect, it } from "vitest";
import { clampPercent, share, wholePercent } from "./percent";

describe("share", () => {
  it("is null, not NaN or 0, when there is nothing to share", () => {
    expect(share(0, 0)).toBeNull();
    expect(share(3, 0)).toBeNull();
    expect(share(Number.NaN, 4)).toBeNull();
  });

  it("is the fraction otherwise, kept between 0 and 1", () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 4)).toBe(0);
    expect(share(5, 4)).toBe(1);
  });
});

describe("wholePercent", () => {
  it("rounds to whole percentages", () => {
    expect(wholePercent(1, 3)).toBe(33);
    expect(wholePercent(2, 3)).toBe(67);
    expect(wholePercent(1, 2)).toBe(50);
  });

  it("never shows 0 % for something or 100 % for less than everything", () => {
    expect(wholePercent(1, 1000)).toBe(1);
    expect(wholePercent(999, 1000)).toBe(99);
    expect(wholePercent(0, 1000)).toBe(0);
    expect(wholePercent(1000, 1000)).toBe(100);
  });

  it("is null with no denominator", () => {
    expect(wholePercent(0, 0)).toBeNull();
  });
});

describe("clampPercent", () => {
  it("keeps a reported percentage within 0–100 and null as null", () => {
    expect(clampPercent(null)).toBeNull();
    expect(clampPercent(undefined)).toBeNull();
    expect(clampPercent(-5)).toBe(0);
    expect(clampPercent(140)).toBe(100);
    expect(clampPercent(42.4)).toBe(42);
  });
});
