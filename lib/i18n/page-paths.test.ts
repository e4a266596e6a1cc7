// The proxy hands an address to next-intl (which serves it from app/[locale]) only when it is a page: every route
// outside app/[locale] must be an address it leaves alone, and every page inside one it hands over, in every language.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { localizedPath, withoutLocale } from "./localized-path";
import { isPagePath } from "./page-paths";

const app = path.resolve(import.meta.dirname, "..", "..", "app");
const routeFiles = fs
  .readdirSync(app, { recursive: true, encoding: "utf8" })
  .map((file) => file.split(path.sep).join("/"))
  .filter((file) => /(^|\/)(page|route)\.tsx?$/.test(file) || /^(robots|manifest)\.ts$/.test(file));

/** An address the route answers: dynamic segments filled with a plain value ([file] always names a file). */
function addressOf(file: string): string {
  const segments = file
    .split("/")
    .slice(0, -1)
    .filter((segment) => segment !== "[locale]")
    .map((segment) => (segment === "[file]" ? "sample.csv" : segment.startsWith("[") ? "sample" : segment));
  if (file === "robots.ts") return "/robots.txt";
  if (file === "manifest.ts") return "/manifest.webmanifest";
  return `/${segments.join("/")}`;
}

describe("page addresses", () => {
  it("hands every page under app/[locale] to the locale routing, in every language", () => {
    const pages = routeFiles.filter((file) => file.startsWith("[locale]/"));
    expect(pages.length).toBeGreaterThan(40);
    const missed = pages.flatMap((file) =>
      locales.map((locale) => localizedPath(locale, addressOf(file))).filter((address) => !isPagePath(address)),
    );
    expect(missed).toEqual([]);
  });

  it("leaves every route outside app/[locale] alone (the API, probes, files, the language chooser)", () => {
    const others = routeFiles.filter((file) => !file.startsWith("[locale]/"));
    expect(others.map(addressOf)).toContain("/api/v1");
    expect(others.map(addressOf).filter(isPagePath)).toEqual([]);
  });
});

describe("localizedPath", () => {
  it("puts an address in a language, whatever language it was in", () => {
    expect(localizedPath("fr", "/")).toBe("/fr");
    expect(localizedPath("fr", "/?theme=x")).toBe("/fr?theme=x");
    expect(localizedPath("ar", "/commitments/a-1?page=2")).toBe("/ar/commitments/a-1?page=2");
    expect(localizedPath("en", "/zh/members")).toBe("/members");
    expect(localizedPath("ru", "/es/members")).toBe("/ru/members");
    // Only a whole first segment is a language: /french-... is an English page.
    expect(localizedPath("en", "/frx")).toBe("/frx");
    expect(withoutLocale("/fr")).toBe("/");
  });
});
