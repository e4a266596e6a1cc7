import { describe, expect, it } from "vitest";
import { directionOf, localeNames, locales } from "@/lib/i18n/locales";
import { chartSides } from "./chart-sides";

describe("a bar chart's sides", () => {
  it("puts the category axis on the right and runs values from right to left in Arabic", () => {
    const sides = chartSides("ar");
    expect(sides).toMatchObject({ direction: "rtl", start: "right", end: "left", reversed: true });
    expect(sides.label("دورة 2019")).toBe("\u2068دورة 2019\u2069");
  });

  const leftToRight = locales.filter((locale) => directionOf(locale) === "ltr");

  it.each(leftToRight.map((locale) => [localeNames[locale], locale]))(
    "keeps the category axis on the left in %s",
    (_name, locale) => {
      const sides = chartSides(locale);
      expect(sides).toMatchObject({ direction: "ltr", start: "left", end: "right", reversed: false });
      expect(sides.label("Theme 2")).toBe("Theme 2");
    },
  );

  it("covers the five left-to-right languages and reads an unknown locale as the default, left to right", () => {
    expect(leftToRight).toEqual(["en", "es", "fr", "ru", "zh"]);
    expect(chartSides("xx").direction).toBe("ltr");
  });
});
