import { describe, expect, it } from "vitest";
import { visualArabic } from "./arabic-shaping";

/** What a reader's eye meets, read back in typing order and unshaped: the word itself. */
const readBack = (seen: string) => [...seen].reverse().join("").normalize("NFKC");

describe("visualArabic", () => {
  it("gives each letter the form its neighbours give it, and lam-alef its ligature, from left to right", () => {
    // seen initial, lam-alef final, meem isolated (alef joins nothing after it); shown meem first.
    expect(visualArabic("سلام")).toBe("\ufee1\ufefc\ufeb3");
    for (const word of ["المرأة", "والسلام", "والأمن", "مجلس", "الوطنية", "بشأن", "لتنفيذ", "ء"])
      expect(readBack(visualArabic(word))).toBe(word);
  });

  it("keeps numbers in their order and turns paired signs round", () => {
    expect(visualArabic("2018م")).toBe("\ufee12018");
    expect(visualArabic("(الأمن)")).toMatch(/^\(.*\)$/u);
    expect(visualArabic("الأمن،")).toMatch(/^،/u);
  });
});
