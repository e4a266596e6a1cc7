/**
 * A text with every character the image's fonts cannot draw replaced, so that next/og never goes looking for one:
 * for a character no font it was given has, next/og's satori asks fonts.googleapis.com (emoji: a CDN) for a font,
 * which on a closed network fails after a wait (or hangs where DNS does), and next/og offers no way to turn that off.
 *
 * This follows satori's own choice (its font engine, `getEngine`): each grapheme is drawn with the first font, in
 * family order, that has its first character (remembered per UTF-16 unit of that character, as satori does), and
 * counts as missing unless that font has every character of the grapheme. A missing grapheme becomes U+FFFD, the
 * replacement character, or nothing when it is only invisible formatting.
 */
export function drawableText(text: string, families: ReadonlySet<number>[]): string {
  const chosen = new Map<number, ReadonlySet<number>>();
  const replacement = families.some((family) => family.has(REPLACEMENT)) ? String.fromCodePoint(REPLACEMENT) : "";
  let drawable = "";
  for (const { segment } of graphemes.segment(text)) {
    // Satori never looks a font up for these.
    if (segment === "\n" || segment === "\t") {
      drawable += segment;
      continue;
    }
    const unit = segment.charCodeAt(0);
    const family = chosen.get(unit) ?? families.find((candidate) => candidate.has(segment.codePointAt(0)!));
    if (family) chosen.set(unit, family);
    if (family && [...segment].every((char) => family.has(char.codePointAt(0)!))) drawable += segment;
    else if (!INVISIBLE.test(segment)) drawable += replacement;
  }
  return drawable;
}

const REPLACEMENT = 0xfffd;
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{M}]+$/u;
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
