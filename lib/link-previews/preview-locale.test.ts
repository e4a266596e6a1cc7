import { describe, expect, it } from "vitest";
import { isPreviewImagePath, previewImageInLocale } from "./preview-locale";

describe("a preview image's address in the page's language", () => {
  it("keeps English plain and adds the language after the filters otherwise", () => {
    expect(previewImageInLocale("/members/germany/preview.png", "en")).toBe("/members/germany/preview.png");
    expect(previewImageInLocale("/preview.png", "fr")).toBe("/preview.png?locale=fr");
    expect(previewImageInLocale("/charts/by-theme/image.png?member=colombia&status=completed", "ar")).toBe(
      "/charts/by-theme/image.png?member=colombia&status=completed&locale=ar",
    );
  });

  it("knows the preview images from the pages and the other files", () => {
    for (const path of ["/preview.png", "/commitments/a-1/preview.png", "/charts/by-theme/image.png"]) {
      expect(isPreviewImagePath(path), path).toBe(true);
    }
    for (const path of ["/", "/commitments/a-1", "/charts/by-theme/data.csv", "/icon-512.png"]) {
      expect(isPreviewImagePath(path), path).toBe(false);
    }
  });
});
