import "server-only";
import { readFile } from "node:fs/promises";
import { logger } from "@/lib/log/logger";

/** next/og's font option (satori's). */
type PreviewFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

/**
 * The fonts preview images are drawn with: Debian's Noto (fonts-noto-core, installed by .ci/run and the server's
 * image) for Latin, Cyrillic and Arabic. next/og's bundled Geist has neither Arabic nor Cyrillic glyphs, and fetching
 * fonts at request time is not an option on a closed network. A missing file is logged and skipped: the image is
 * still drawn, with next/og's own font where Noto is absent.
 */
const FONT_FILES = [
  { name: "Noto Sans", weight: 400, file: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" },
  { name: "Noto Sans", weight: 700, file: "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf" },
  { name: "Noto Sans Arabic", weight: 400, file: "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf" },
  { name: "Noto Sans Arabic", weight: 700, file: "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf" },
] as const;

/** The family list a card's root style names, in fallback order. */
export const PREVIEW_FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic'";

let loaded: Promise<PreviewFont[]> | undefined;

/** Read once per process; satori keeps its parsed fonts for the same array. */
export function previewFonts(): Promise<PreviewFont[]> {
  loaded ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }): Promise<PreviewFont | null> => {
      try {
        // System files outside the project: not for the build to trace.
        const buffer = await readFile(/*turbopackIgnore: true*/ file);
        const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
        return { name, weight, data, style: "normal" };
      } catch {
        logger.warn("Preview font missing", { file });
        return null;
      }
    }),
  ).then((fonts) => fonts.filter((font) => font !== null));
  return loaded;
}
