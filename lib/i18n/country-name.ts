// A meeting's country is typed as a name ("Germany"), in the meeting's language. Where that name is the country's
// common name in CLDR, the reader sees the country's name in their language from the same CLDR data that names the
// map's countries ("Allemagne", "德国"); any other text (a region, an old name) is shown as entered. The city stays
// as entered: it is a proper name, and no source names every city in six languages (docs/decisions/0020).
import { ALPHA2_CODES } from "@/lib/domain/iso-3166";
import { isLocale, type Locale } from "./locales";

const codesByLanguage = new Map<string, Map<string, string>>();

/** The alpha-2 code whose name in `language` is `name` (any letter case); null when none is. */
function codeNamed(name: string, language: Locale): string | null {
  let codes = codesByLanguage.get(language);
  if (!codes) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    codes = new Map(ALPHA2_CODES.map((code) => [names.of(code)?.toLocaleLowerCase(language) ?? code, code]));
    codesByLanguage.set(language, codes);
  }
  return codes.get(name.trim().toLocaleLowerCase(language)) ?? null;
}

/** The country's name in `locale` where it is a country CLDR names, else the text as entered. */
export function countryNameIn(locale: Locale, sourceLocale: string, country: string): string {
  const code = codeNamed(country, isLocale(sourceLocale) ? sourceLocale : "en");
  return (code && new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(code)) ?? country;
}
