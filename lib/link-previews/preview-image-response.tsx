import "server-only";
import { ImageResponse } from "next/og";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactElement } from "react";
import { hasDemonstrationData } from "@/lib/data/has-demonstration-data";
import { env } from "@/lib/env";
import { defaultLocale, directionOf, isLocale, type Locale } from "@/lib/i18n/locales";
import { cardTexts, mapCardText } from "./map-card-text";
import { PREVIEW_FONT_FAMILY, previewFonts } from "./preview-fonts";
import { layOutRightToLeft } from "./right-to-left-text";
import { PREVIEW_IMAGE_SIZE } from "./page-metadata";

/** What every preview card shows whatever the page: the site, where it lives, and whether it holds demonstration data. */
export type PreviewFrame = { siteName: string; host: string; demoNote?: string };

export async function getPreviewFrame(): Promise<PreviewFrame> {
  const [t, tPreviews, demo] = await Promise.all([
    getTranslations("common"),
    getTranslations("previews"),
    hasDemonstrationData(),
  ]);
  return {
    siteName: t("appName"),
    host: new URL(env.APP_URL).host,
    demoNote: demo ? tPreviews("demoNote") : undefined,
  };
}

/** The language the image was asked in (`?locale=`, set for next-intl by proxy.ts: ./preview-locale.ts). */
export async function getPreviewLocale(): Promise<Locale> {
  const requested = await getLocale();
  return isLocale(requested) ? requested : defaultLocale;
}

/**
 * A preview card as PNG, in `locale`: drawn with Debian's Noto fonts (./preview-fonts.ts) so Arabic, Chinese and
 * Cyrillic render, Arabic text right to left (./right-to-left-text.tsx), and nothing is fetched to draw it. Browsers and crawlers may keep it as long as the public data cache keeps its
 * figures (lib/data/public/cache.ts).
 */
export async function previewImageResponse(card: ReactElement, locale: Locale): Promise<ImageResponse> {
  const framed = (
    <div
      lang={locale}
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        fontFamily: PREVIEW_FONT_FAMILY,
        direction: directionOf(locale),
      }}
    >
      {card}
    </div>
  );
  // Components called and Arabic laid out first: the fonts are chosen for the very text next/og is given.
  const laidOut = layOutRightToLeft(mapCardText(framed, (text) => text));
  const { fonts, drawable } = await previewFonts(cardTexts(laidOut));
  return new ImageResponse(mapCardText(laidOut, drawable) as ReactElement, {
    ...PREVIEW_IMAGE_SIZE,
    fonts,
    headers: { "Cache-Control": "public, max-age=600", "Content-Language": locale },
  });
}
