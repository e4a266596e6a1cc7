import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

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
  const t = await getTranslations("common");
  const images = [{ url: image.path, alt: image.alt, ...PREVIEW_IMAGE_SIZE, type: "image/png" }];
  return {
    title,
    description,
    ...(path ? { alternates: { canonical: path } } : {}),
    openGraph: { type: "website", siteName: t("appName"), locale: "en", url: path, title, description, images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
