import "server-only";
import { readFile } from "node:fs/promises";
import { logger } from "@/lib/log/logger";
import { codePointsOf, faceOffsets, postScriptName } from "./font-tables";
import { faceSubsetter, type FaceSubsetter } from "./font-subset";
import { drawableText } from "./drawable-text";

/** next/og's font option (satori's). */
type PreviewFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

/** The fonts one image is drawn with, and its text reduced to what those fonts can draw. */
export type PreviewFonts = { fonts: PreviewFont[]; drawable: (text: string) => string };

/**
 * The fonts preview images are drawn with, all Debian's Noto (fonts-noto-core and fonts-noto-cjk, installed by .ci/run
 * and the server's image): Noto Sans for Latin and Cyrillic, Noto Sans Arabic, and Noto Sans CJK SC for Chinese.
 * next/og's bundled Geist has none of Arabic, Cyrillic or Chinese, and fetching fonts at request time is not an option
 * on a closed network. A missing file is logged and skipped: the image is still drawn, without those glyphs.
 */
const FONT_FILES = [
  { name: "Noto Sans", weight: 400, file: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf" },
  { name: "Noto Sans", weight: 700, file: "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf" },
  { name: "Noto Sans Arabic", weight: 400, file: "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf" },
  { name: "Noto Sans Arabic", weight: 700, file: "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf" },
] as const;

/**
 * Noto CJK ships only as a collection (.ttc), which satori cannot read, of 19 MB, which it would parse for every
 * image: each image gets the Simplified Chinese face cut down to its own characters instead (./font-subset.ts). The
 * cards are drawn in one weight (400), so one weight is enough.
 */
const CJK = {
  name: "Noto Sans CJK SC",
  file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  face: "NotoSansCJKsc-Regular",
} as const;

/** The family list a card's root style names: satori takes a character from the first of them that has it. */
export const PREVIEW_FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC'";

type LoadedFont = PreviewFont & { codePoints: Set<number> };

let loaded: Promise<LoadedFont[]> | undefined;
let cjkSubsetter: Promise<FaceSubsetter | undefined> | undefined;
/** Recent subsets by their characters: the same card drawn again reuses the font satori has already parsed. */
const cjkSubsets = new Map<string, ArrayBuffer>();
const CJK_SUBSETS_KEPT = 100;

/** The fonts for an image showing `texts`: Noto Sans and Noto Sans Arabic, plus the CJK glyphs the texts need. */
export async function previewFonts(texts: string[]): Promise<PreviewFonts> {
  const base = await baseFonts();
  const missing = new Set<number>();
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (!base.some((font) => font.codePoints.has(code))) missing.add(code);
    }
  }
  const cjk = missing.size > 0 ? await cjkFont(missing) : undefined;
  const fonts = cjk ? [...base, cjk] : base;
  // In PREVIEW_FONT_FAMILY's order: the order satori picks a font for each character in.
  const families = [...new Set(fonts.map((font) => font.name))].map(
    (name) => fonts.find((font) => font.name === name)!.codePoints,
  );
  return {
    fonts: fonts.map(({ name, data, weight, style }) => ({ name, data, weight, style })),
    drawable: (text) => drawableText(text, families),
  };
}

/** Read once per process; satori keeps its parsed fonts for the same data. */
function baseFonts(): Promise<LoadedFont[]> {
  loaded ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }): Promise<LoadedFont | null> => {
      const bytes = await readFontFile(file);
      if (!bytes) return null;
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name, weight, data, style: "normal", codePoints: codePointsOf(bytes) };
    }),
  ).then((fonts) => fonts.filter((font) => font !== null));
  return loaded;
}

async function cjkFont(codePoints: Set<number>): Promise<LoadedFont | undefined> {
  const subset = await loadCjkSubsetter();
  if (!subset) return undefined;
  const key = [...codePoints].sort((a, b) => a - b).join(",");
  let data = cjkSubsets.get(key);
  if (data) {
    cjkSubsets.delete(key);
  } else {
    data = subset(codePoints).buffer as ArrayBuffer;
    if (cjkSubsets.size >= CJK_SUBSETS_KEPT) cjkSubsets.delete(cjkSubsets.keys().next().value!);
  }
  cjkSubsets.set(key, data);
  return { name: CJK.name, weight: 400, style: "normal", data, codePoints: codePointsOf(new Uint8Array(data)) };
}

function loadCjkSubsetter(): Promise<FaceSubsetter | undefined> {
  cjkSubsetter ??= readFontFile(CJK.file).then((collection) => {
    if (!collection) return undefined;
    const faceIndex = faceOffsets(collection).findIndex((offset) => postScriptName(collection, offset) === CJK.face);
    if (faceIndex < 0) {
      logger.warn("Preview font face missing", { file: CJK.file, face: CJK.face });
      return undefined;
    }
    return faceSubsetter(collection, faceIndex);
  });
  return cjkSubsetter;
}

async function readFontFile(file: string): Promise<Uint8Array | undefined> {
  try {
    // System files outside the project: not for the build to trace.
    return await readFile(/*turbopackIgnore: true*/ file);
  } catch {
    logger.warn("Preview font missing", { file });
    return undefined;
  }
}
