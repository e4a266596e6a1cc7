// Which addresses are the site's pages (app/[locale]: served in a language by next-intl's middleware) and which are
// not: the API, the probes, the language chooser and every address ending in a file name (previews, downloads,
// sitemaps, public/ files), which live outside app/[locale]. lib/i18n/page-paths.test.ts holds app/ to this.
import { withoutLocale } from "@/lib/i18n/localized-path";

const NOT_PAGES = /^\/(?:api|healthz|readyz|language)(?:\/|$)/;
const PAGES_UNDER_NOT_PAGES = /^\/api\/docs\/?$/;
const FILE_NAME = /\/[^/]*\.[^/]*$/;

export function isPagePath(pathname: string): boolean {
  const path = withoutLocale(pathname);
  if (PAGES_UNDER_NOT_PAGES.test(path)) return true;
  return !NOT_PAGES.test(path) && !FILE_NAME.test(path);
}
