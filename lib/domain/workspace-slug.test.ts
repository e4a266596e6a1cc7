import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";
import { commitmentSlugBase } from "./workspace-slug";

describe("commitmentSlugBase", () => {
  it("joins the member and the title in lower-case ASCII words", () => {
    expect(commitmentSlugBase("colombia", "Create a Gender Sub-Committee")).toBe(
      "colombia-create-a-gender-sub-committee",
    );
    expect(commitmentSlugBase("cote-d-ivoire", "Former des médiatrices à Abidjan")).toBe(
      "cote-d-ivoire-former-des-mediatrices-a-abidjan",
    );
  });

  it("always gives a valid slug, even from markup or symbols only", () => {
    expect(commitmentSlugBase("x", "<script>alert(1)</script>")).toBe("x-script-alert-1-script");
    expect(commitmentSlugBase("", "¡¿…!?")).toBe("commitment");
    for (const title of ["   ", "a--b", "Ünïcödé", "x".repeat(500), "word ".repeat(100)]) {
      const slug = commitmentSlugBase("member", title);
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH - 4);
    }
  });
});
