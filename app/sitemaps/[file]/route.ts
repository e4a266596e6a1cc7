import {
  listCommitmentPaths,
  listMemberPaths,
  listThemePaths,
  type SitemapPath,
} from "@/lib/data/public/list-sitemap-urls";
import { parseSitemapFileName, urlsetXml, type SitemapFile } from "@/lib/domain/sitemap-xml";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

/** The public pages that are not one per record. Signed-in areas are never listed (robots.txt disallows them). */
const FIXED_PAGES = ["/", "/commitments", "/members", "/themes", "/data", "/api/docs"];

/** GET /sitemaps/pages.xml, /sitemaps/members-<n>.xml, /sitemaps/commitments-<n>.xml: the files /sitemap.xml lists. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFileName((await params).file);
  if (!file) return new Response(null, { status: 404 });
  const paths = await listPaths(file);
  // A part past the end is not a file of the site (part 1 always is, even when empty).
  if (file.kind !== "pages" && file.part > 1 && paths.length === 0) return new Response(null, { status: 404 });
  const origin = new URL(env.APP_URL).origin; // paths are absolute and URL-safe: no URL to parse per entry
  // Each page in each language, each naming all of them (hreflang) and English as the default.
  const xml = urlsetXml(
    paths.flatMap(({ path, lastModified }) => {
      const alternates = [
        ...locales.map((locale) => ({ hreflang: locale, href: `${origin}${localizedPath(locale, path)}` })),
        { hreflang: "x-default", href: `${origin}${path}` },
      ];
      return locales.map((locale) => ({ loc: `${origin}${localizedPath(locale, path)}`, lastModified, alternates }));
    }),
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}

async function listPaths(file: SitemapFile): Promise<SitemapPath[]> {
  switch (file.kind) {
    case "pages":
      return [...FIXED_PAGES.map((path) => ({ path, lastModified: null })), ...(await listThemePaths())];
    case "members":
      return listMemberPaths(file.part);
    case "commitments":
      return listCommitmentPaths(file.part);
  }
}
