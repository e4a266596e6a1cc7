import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

/** Signed-in areas and one-time links: nothing for a search engine there, and their pages say noindex too. */
const PRIVATE_PATHS = [
  "/secretariat/",
  "/workspace/",
  "/account/",
  "/dev/",
  "/invitation/",
  "/reset-password/",
  "/sign-in",
  "/forgot-password",
  "/api/auth/",
];

/** /robots.txt: everything public may be crawled; the sitemap lists it. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // APP_URL is configuration, read when asked, not frozen into the build
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The API's paths are not pages: they have no language prefix.
      disallow: locales.flatMap((locale) =>
        PRIVATE_PATHS.filter((path) => locale === "en" || !path.startsWith("/api/")).map((path) =>
          localizedPath(locale, path),
        ),
      ),
    },
    sitemap: new URL("/sitemap.xml", env.APP_URL).href,
  };
}
