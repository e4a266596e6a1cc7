// Addresses in a language: English at the unprefixed address, the five others under /ar, /es, /fr, /ru, /zh
// (lib/i18n/routing.ts). For code that knows the locale and needs a plain string: emails, route handlers, metadata.
import { defaultLocale, locales, type Locale } from "./locales";

const LOCALE_PREFIX = new RegExp(`^/(?:${locales.join("|")})(?=[/?#]|$)`);

/** The address without its language prefix: "/fr/secretariat" → "/secretariat", "/fr?x=1" → "/?x=1". */
export function withoutLocale(path: string): string {
  const stripped = path.replace(LOCALE_PREFIX, "");
  return stripped.startsWith("/") ? stripped : `/${stripped}`;
}

/**
 * The page at `path` (an address on this site, with or without a language prefix, maybe with a query) in `locale`:
 * "/commitments?x=1" → "/fr/commitments?x=1", "/fr/members" → "/members" in English.
 */
export function localizedPath(locale: Locale, path: string): string {
  const english = withoutLocale(path);
  if (locale === defaultLocale) return english;
  return `/${locale}${/^\/(?=[?#]|$)/.test(english) ? english.slice(1) : english}`;
}
