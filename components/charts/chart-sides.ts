import { defaultLocale, directionOf, isLocale } from "@/lib/i18n/locales";
import { isolate } from "@/lib/i18n/isolate";

type Side = "left" | "right";

/**
 * Where a bar chart puts its parts in the reader's writing direction. The charts draw in SVG coordinates, which do
 * not follow `dir`, so right-to-left (Arabic) is chosen here: the category axis on the start side (the right), the
 * value axis running from right to left, each bar's count at its end (its left). The drawing itself stays left to
 * right (components/charts/bar-chart-svg.tsx), so its text anchors mean what they say on the page and in the
 * downloaded image alike; labels are isolated in their own direction instead.
 */
export function chartSides(locale: string) {
  const direction = directionOf(isLocale(locale) ? locale : defaultLocale);
  const rtl = direction === "rtl";
  const start: Side = rtl ? "right" : "left";
  const end: Side = rtl ? "left" : "right";
  return {
    direction,
    start,
    end,
    /** The horizontal axis runs from right to left: values grow towards the left, columns are read from the right. */
    reversed: rtl,
    /** A label isolated like <bdi> (U+2068 FSI … U+2069 PDI: the direction of its first letter), so an Arabic label
     * reads right to left inside the left-to-right drawing and a Latin name or a "2018–2019" keeps its order. */
    label: (value: unknown): string => (rtl ? isolate(String(value)) : String(value)),
  };
}
