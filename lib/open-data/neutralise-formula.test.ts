import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./neutralise-formula";

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Click")', '\'=HYPERLINK("https://evil.example","Click")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["=", "'="],
  ])("prefixes %j with a single quote", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each([
    "Create a Gender Sub-Committee",
    "a=b",
    "Côte d'Ivoire",
    " =1+1",
    "\n=1+1",
    "'already quoted",
    "",
    "2018-04-09",
    "https://tracker.example.org/commitments/x",
  ])("leaves %j unchanged", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it("is pure: the same input always gives the same output and nothing else changes", () => {
    const value = "=1+1";
    expect(neutraliseFormula(value)).toBe(neutraliseFormula(value));
    expect(value).toBe("=1+1");
  });
});
