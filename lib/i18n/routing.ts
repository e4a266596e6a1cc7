// Locale routing (docs/decisions/0018-locale-routing.md): English at the addresses the site always had, the five
// other languages under /ar, /es, /fr, /ru, /zh. A shared link opens in the language it names: no redirect by the
// browser's language or a cookie (the home page offers the visitor's language instead, components/i18n).
import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  // The remembered choice (NEXT_LOCALE) is written only when the visitor picks a language (app/language), so that
  // public pages carry no Set-Cookie and stay cacheable.
  localeCookie: false,
  // hreflang alternates are in each page's metadata and the sitemap, not in a Link header.
  alternateLinks: false,
});
