import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "./slug";

describe("slugs", () => {
  it("are lower-case ASCII words joined by single hyphens, and nothing else names a record", () => {
    expect(isSlug("cote-d-ivoire-2024")).toBe(true);
    for (const value of ["Sweden", "a--b", "-a", "a-", "", "a b", "ä", 42, undefined, "a".repeat(201)]) {
      expect(isSlug(value)).toBe(false);
    }
  });

  it("are made from any text, cut without a trailing hyphen", () => {
    expect(slugify("Côte d’Ivoire (2024)")).toBe("cote-d-ivoire-2024");
    expect(slugify("Année d’été", 8)).toBe("annee-d");
    expect(slugify("日本")).toBe("");
  });
});
