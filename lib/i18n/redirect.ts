import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

/**
 * next/navigation's redirect to `path` (an English address) in the request's language: pages, server actions and
 * route handlers under app/[locale] keep the visitor's language with it. `return redirectInLocale(...)`.
 */
export async function redirectInLocale(path: string): Promise<never> {
  redirect(await pathInLocale(path));
}

/** `path` (an address on this site) in the request's language: for form actions and Location headers. */
export async function pathInLocale(path: string): Promise<string> {
  return localizedPath(await requestLocale(), path);
}

/** The request's language; English where there is no request (code called directly, as in integration tests). */
async function requestLocale() {
  try {
    const locale = await getLocale();
    return isLocale(locale) ? locale : defaultLocale;
  } catch {
    return defaultLocale;
  }
}
