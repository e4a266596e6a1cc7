import { describe, expect, it } from "vitest";
import { isIsoAlpha3, normaliseIsoAlpha3 } from "./iso-codes";

describe("isIsoAlpha3", () => {
  it.each(["SWE", "NOR", "COL", "SLV", "GBR", "DEU", "NAM", "ZWE", "AFG"])("accepts %s", (code) => {
    expect(isIsoAlpha3(code)).toBe(true);
  });

  it.each([
    ["an unassigned code", "XXX"],
    ["a user-assigned code", "XKX"],
    ["an alpha-2 code", "SE"],
    ["lower case", "swe"],
    ["four letters", "SWED"],
    ["digits", "752"],
    ["surrounding spaces", " SWE"],
    ["an empty string", ""],
  ])("refuses %s", (_label, code) => {
    expect(isIsoAlpha3(code)).toBe(false);
  });
});

describe("normaliseIsoAlpha3", () => {
  it("trims and capitalises what a person typed", () => {
    expect(normaliseIsoAlpha3(" swe ")).toBe("SWE");
    expect(isIsoAlpha3(normaliseIsoAlpha3("nor"))).toBe(true);
  });
});
