import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/** The language a text is shown in, and whether that is its original because the visitor's language has none. */
export type TextLanguage = { lang: Locale; shownInOriginal: boolean };

/** A record as the public reads select it: its own text, its language and its translation into the visitor's. */
type Translatable = { sourceLocale: string; translations: object[] };

/**
 * The record's text in the visitor's language where a translation exists, otherwise the original, saying which
 * (docs/decisions/0020-content-translations.md). A translation replaces every field it carries, nulls included, so
 * no field of another language leaks into it (an English short name beside a French name).
 */
export function localize<R extends Translatable>(
  locale: Locale,
  { sourceLocale, translations, ...rest }: R,
): Omit<R, keyof Translatable> & TextLanguage {
  const original = isLocale(sourceLocale) ? sourceLocale : defaultLocale;
  const [translation] = translations;
  if (locale !== original && translation) return { ...rest, ...translation, lang: locale, shownInOriginal: false };
  return { ...rest, lang: original, shownInOriginal: locale !== original };
}

/** Prisma's `translations` select for one language: the visitor's, or none when reading in the original's. */
export function translationIn<Fields extends Record<string, true>>(locale: Locale, fields: Fields) {
  return { where: { locale }, select: fields, take: 1 } as const;
}
