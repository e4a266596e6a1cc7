import "server-only";
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";

/** The request's language, as the public reads take it to pick translations of the record's texts. */
export async function getContentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}
