import { describe, expect, it } from "vitest";
import { parseSitemapFileName, sitemapFileName, sitemapFiles, sitemapIndexXml, urlsetXml } from "./sitemap-xml";

describe("sitemap files", () => {
  it("splits members and commitments into files of 5,000 (six languages each: 30,000 URLs)", () => {
    expect(sitemapFiles({ members: 12, commitments: 10_001 }).map(sitemapFileName)).toEqual([
      "pages.xml",
      "members-1.xml",
      "commitments-1.xml",
      "commitments-2.xml",
      "commitments-3.xml",
    ]);
    expect(sitemapFiles({ members: 0, commitments: 5_000 }).map(sitemapFileName)).toEqual([
      "pages.xml",
      "members-1.xml",
      "commitments-1.xml",
    ]);
  });

  it("reads back the names it writes and nothing else", () => {
    for (const file of sitemapFiles({ members: 60_000, commitments: 3 })) {
      expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file);
    }
    for (const name of ["commitments-0.xml", "members-01.xml", "pages", "themes-1.xml", "commitments-1.xml.gz"]) {
      expect(parseSitemapFileName(name)).toBeNull();
    }
  });
});

describe("sitemap XML", () => {
  it("lists URLs, escaped, with their last modification when known", () => {
    const xml = urlsetXml([
      { loc: "https://wps.example.org/?theme=a&year=2018" },
      { loc: "https://wps.example.org/commitments/x", lastModified: "2026-11-30T10:00:00Z" },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "<url><loc>https://wps.example.org/?theme=a&#38;year=2018</loc></url>\n" +
        "<url><loc>https://wps.example.org/commitments/x</loc><lastmod>2026-11-30T10:00:00Z</lastmod></url>\n" +
        "</urlset>\n",
    );
  });

  it("gives a page's language alternates", () => {
    const xml = urlsetXml([
      {
        loc: "https://wps.example.org/fr/members",
        alternates: [
          { hreflang: "en", href: "https://wps.example.org/members" },
          { hreflang: "fr", href: "https://wps.example.org/fr/members" },
        ],
      },
    ]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      "<url><loc>https://wps.example.org/fr/members</loc>" +
        '<xhtml:link rel="alternate" hreflang="en" href="https://wps.example.org/members"/>' +
        '<xhtml:link rel="alternate" hreflang="fr" href="https://wps.example.org/fr/members"/></url>',
    );
  });

  it("indexes sitemap files", () => {
    expect(sitemapIndexXml([{ loc: "https://wps.example.org/sitemaps/pages.xml" }])).toContain(
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://wps.example.org/sitemaps/pages.xml</loc></sitemap>',
    );
  });
});
