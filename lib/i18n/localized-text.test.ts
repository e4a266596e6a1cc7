import { describe, expect, it } from "vitest";
import { localize } from "./localized-text";

describe("localize", () => {
  const record = { slug: "x", name: "United Kingdom", shortName: "UK", sourceLocale: "en" };

  it("shows the translation into the visitor's language, every field of it", () => {
    const shown = localize("fr", { ...record, translations: [{ name: "Royaume-Uni", shortName: null }] });
    expect(shown).toEqual({ slug: "x", name: "Royaume-Uni", shortName: null, lang: "fr", shownInOriginal: false });
  });

  it("shows the original, flagged, where the visitor's language has no translation", () => {
    expect(localize("es", { ...record, translations: [] })).toEqual({
      slug: "x",
      name: "United Kingdom",
      shortName: "UK",
      lang: "en",
      shownInOriginal: true,
    });
  });

  it("shows the original unflagged to a visitor who reads its language", () => {
    const shown = localize("fr", {
      ...record,
      sourceLocale: "fr",
      translations: [{ name: "ignored", shortName: null }],
    });
    expect(shown).toMatchObject({ name: "United Kingdom", lang: "fr", shownInOriginal: false });
  });
});
