import "server-only";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { defaultLocale, isLocale, locales, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { previewImageInLocale } from "./preview-locale";

/** The size social networks and chat apps show large (1.91:1). */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type PagePreview = {
  /** The page's path with its query, e.g. "/?theme=localisation": its canonical address and og:url. */
  path?: string;
  title: string;
  description: string;
  /** The preview image: a path on this site (made absolute by the root layout's metadataBase) and its text. */
  image: { path: string; alt: string };
};

/**
 * The metadata of a public page, with the Open Graph and Twitter card tags that make a pasted link show a preview:
 * the one way every public page describes itself. A page's `openGraph` replaces the layout's whole, so each page gets
 * all of it from here.
 */
export async function pageMetadata({ path, title, description, image }: PagePreview): Promise<Metadata> {
  const [t, requested] = await Promise.all([getTranslations("common"), getLocale()]);
  const locale = isLocale(requested) ? requested : defaultLocale;
  const images = [
    { url: previewImageInLocale(image.path, locale), alt: image.alt, ...PREVIEW_IMAGE_SIZE, type: "image/png" },
  ];
  const url = path === undefined ? undefined : localizedPath(locale, path);
  return {
    title,
    description,
    ...(path === undefined ? {} : { alternates: languageAlternates(locale, path) }),
    openGraph: {
      type: "website",
      siteName: t("appName"),
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      url,
      title,
      description,
      images,
    },
    twitter: { card: "summary_large_image", title, description, images },
  };
}

/** Open Graph wants language_TERRITORY; the territory is the language's most common one, a convention only. */
const OPEN_GRAPH_LOCALES: Record<Locale, string> = {
  en: "en_GB",
  ar: "ar_AR",
  es: "es_ES",
  fr: "fr_FR",
  ru: "ru_RU",
  zh: "zh_CN",
};

/** The page's canonical address in `locale`, and the same page in every language (hreflang), English the default. */
function languageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: localizedPath(locale, path),
    languages: {
      ...Object.fromEntries(locales.map((other) => [other, localizedPath(other, path)])),
      "x-default": path,
    },
  };
}
