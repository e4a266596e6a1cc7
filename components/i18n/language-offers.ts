import "server-only";
import type { OfferText } from "@/components/i18n/language-offer";
import { locales, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

/** The home page's offer in each language, each from its own catalogue (the offer speaks the language it offers). */
export function languageOffers(): Record<Locale, OfferText> {
  return Object.fromEntries(locales.map((locale) => [locale, messages[locale].language.offer])) as Record<
    Locale,
    OfferText
  >;
}
