import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

/** /manifest.webmanifest: the name and icons a browser uses when the site is installed or pinned. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("common");
  return {
    name: t("appName"),
    short_name: t("shortName"),
    description: t("tagline"),
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icon-maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
