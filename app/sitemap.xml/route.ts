import { countSitemapUrls } from "@/lib/data/public/list-sitemap-urls";
import { sitemapFileName, sitemapFiles, sitemapIndexXml } from "@/lib/domain/sitemap-xml";
import { env } from "@/lib/env";

// The counts and APP_URL are read when asked, never frozen into the build.
export const dynamic = "force-dynamic";

/** GET /sitemap.xml: the index of the sitemap files (app/sitemaps/[file]), named in robots.txt. */
export async function GET() {
  const files = sitemapFiles(await countSitemapUrls());
  const xml = sitemapIndexXml(
    files.map((file) => ({ loc: new URL(`/sitemaps/${sitemapFileName(file)}`, env.APP_URL).href })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
