// The language an email is written in: the recipient's choice (users.preferred_locale), English when they made none.
import { defaultLocale, isLocale, type Locale } from "./locales";
import { localizedPath } from "./localized-path";

export function recipientLocale(preferredLocale: string | null | undefined): Locale {
  return isLocale(preferredLocale) ? preferredLocale : defaultLocale;
}

/** A full address on this site in the recipient's language: "/reset-password/x" → "https://…/fr/reset-password/x". */
export function recipientUrl(appUrl: string, locale: Locale, path: string): string {
  return new URL(localizedPath(locale, path), appUrl).href;
}
