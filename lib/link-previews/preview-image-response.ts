import "server-only";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import type { ReactElement } from "react";
import { hasDemonstrationData } from "@/lib/data/has-demonstration-data";
import { env } from "@/lib/env";
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

/**
 * A preview card as PNG. next/og draws it with the font it bundles (Geist), so nothing is fetched from the network.
 * Browsers and crawlers may keep it as long as the public data cache keeps its figures (lib/data/public/cache.ts).
 */
export function previewImageResponse(card: ReactElement): ImageResponse {
  return new ImageResponse(card, { ...PREVIEW_IMAGE_SIZE, headers: { "Cache-Control": "public, max-age=600" } });
}
