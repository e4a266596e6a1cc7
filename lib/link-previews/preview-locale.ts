import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Preview images are route handlers outside app/[locale] (docs/decisions/0011), so a page's og:image address carries
 * its language as `?locale=`, as the chart CSV link does. proxy.ts hands it to next-intl as the request's locale
 * (`requestLocaleHeaders`), so the route's getTranslations and getFormatter speak the page's language.
 */
export const PREVIEW_LOCALE_PARAM = "locale";

/** The header next-intl reads a request's locale from outside app/[locale] (next-intl's HEADER_LOCALE_NAME). */
const NEXT_INTL_LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/** The link previews' images: the site's card, a record's card, a chart's image. */
export function isPreviewImagePath(pathname: string): boolean {
  return pathname.endsWith("/preview.png") || /^\/charts\/[^/]+\/image\.png$/.test(pathname);
}

/** The language an image was asked in: `?locale=` if it is one of ours, English otherwise. */
function previewLocaleOf(search: URLSearchParams): Locale {
  const requested = search.get(PREVIEW_LOCALE_PARAM);
  return isLocale(requested) ? requested : defaultLocale;
}

/** The request's headers with the image's language set for next-intl, whatever the client sent in that header. */
export function requestLocaleHeaders(headers: Headers, search: URLSearchParams): Headers {
  const next = new Headers(headers);
  next.set(NEXT_INTL_LOCALE_HEADER, previewLocaleOf(search));
  return next;
}

/** A preview image's address in a page's language: English keeps the plain address. */
export function previewImageInLocale(path: string, locale: Locale): string {
  if (locale === defaultLocale) return path;
  const [pathname, search = ""] = path.split("?", 2);
  const query = new URLSearchParams(search);
  query.set(PREVIEW_LOCALE_PARAM, locale);
  return `${pathname}?${query.toString()}`;
}
