import "server-only";
import { getTranslations } from "next-intl/server";
import type { PagePreview } from "@/lib/link-previews/page-metadata";

/** A page without a figure of its own (a list, the open data, the API documentation) shows the site's card. */
export async function sitePreview(page: { path?: string; title: string; description: string }): Promise<PagePreview> {
  const [t, tPreviews] = await Promise.all([getTranslations("common"), getTranslations("previews.site")]);
  const alt = tPreviews("imageAlt", { appName: t("appName"), tagline: t("tagline") });
  return { ...page, image: { path: "/preview.png", alt } };
}
