// The Sitemaps protocol (sitemaps.org): a file lists at most 50,000 URLs, and an index lists the files.

/**
 * Records (members, commitments) per sitemap file: each is listed in six languages, each URL with its seven
 * alternates, which keeps a file well under both of the protocol's limits (50,000 URLs, 50 MB a file).
 */
export const SITEMAP_RECORDS_PER_FILE = 5_000;

/**
 * `lastModified` is an instant in W3C Datetime form ("2026-11-30T10:00:00Z"); `alternates` are the same page in
 * each language (hreflang → absolute URL), itself included.
 */
export type SitemapEntry = { loc: string; lastModified?: string | null; alternates?: readonly Alternate[] };
type Alternate = { hreflang: string; href: string };

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML = "http://www.w3.org/1999/xhtml";

/** A <urlset> of absolute URLs, with their language alternates (xhtml:link) when given. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  return document("urlset", "url", entries);
}

/** A <sitemapindex> of absolute sitemap URLs. */
export function sitemapIndexXml(entries: readonly SitemapEntry[]): string {
  return document("sitemapindex", "sitemap", entries);
}

function document(root: string, item: string, entries: readonly SitemapEntry[]): string {
  const items = entries.map(({ loc, lastModified, alternates = [] }) => {
    const modified = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : "";
    const links = alternates
      .map(({ hreflang, href }) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`)
      .join("");
    return `<${item}><loc>${escapeXml(loc)}</loc>${modified}${links}</${item}>`;
  });
  const namespaces = entries.some((entry) => entry.alternates?.length)
    ? `xmlns="${NAMESPACE}" xmlns:xhtml="${XHTML}"`
    : `xmlns="${NAMESPACE}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} ${namespaces}>\n${items.join("\n")}\n</${root}>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The sitemap files of the site: the fixed pages and themes in one, members and commitments 5,000 a file. */
export type SitemapFile = { kind: "pages" } | { kind: "members" | "commitments"; part: number };

export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "pages" ? "pages.xml" : `${file.kind}-${file.part}.xml`;
}

export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === "pages.xml") return { kind: "pages" };
  const match = /^(members|commitments)-([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? { kind: match[1] as "members" | "commitments", part: Number(match[2]) } : null;
}

/** Every sitemap file for that many members and commitments (at least one file of each, so the index never changes shape). */
export function sitemapFiles(counts: { members: number; commitments: number }): SitemapFile[] {
  const parts = (count: number) => Math.max(1, Math.ceil(count / SITEMAP_RECORDS_PER_FILE));
  return [
    { kind: "pages" },
    ...Array.from({ length: parts(counts.members) }, (_, i) => ({ kind: "members" as const, part: i + 1 })),
    ...Array.from({ length: parts(counts.commitments) }, (_, i) => ({ kind: "commitments" as const, part: i + 1 })),
  ];
}
