// How the map shades member states: each measure is cut into at most five classes, each a range a legend can name in
// words ("3–5 commitments", "40–59 %"), so the shading is never the only way to read a value.
import { wholePercent } from "./percent";

export const MAP_MEASURES = ["commitments", "completed", "reported"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
export const DEFAULT_MAP_MEASURE: MapMeasure = "commitments";

export function parseMapMeasure(value: unknown): MapMeasure {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return (MAP_MEASURES as readonly unknown[]).includes(first) ? (first as MapMeasure) : DEFAULT_MAP_MEASURE;
}

export type MapValueInput = { commitments: number; completed: number; reported: number | null };

/** The number shown and shaded for one country: a count, or a whole percentage; null when there is none. */
export function mapMeasureValue(row: MapValueInput, measure: MapMeasure): number | null {
  switch (measure) {
    case "commitments":
      return row.commitments;
    case "completed":
      return wholePercent(row.completed, row.commitments);
    case "reported":
      return row.reported === null ? null : wholePercent(row.reported, row.commitments);
  }
}

/** A class of values, both ends included, with its fill. */
export type MapBin = { min: number; max: number; color: string };

/** Light to dark blue (ColorBrewer "Blues"), the darkest for the most. */
const PALETTE = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
export const NO_DATA_COLOR = "#eceff3";

const PERCENT_BREAKS: readonly [number, number][] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];

/** The classes for a measure, given every value on the map. Empty when there is nothing to shade. */
export function mapBins(measure: MapMeasure, values: readonly (number | null)[]): MapBin[] {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0) return [];
  if (measure !== "commitments")
    return PERCENT_BREAKS.map(([min, max], index) => ({ min, max, color: PALETTE[index]! }));
  const max = Math.max(...present);
  const ranges = countRanges(max);
  // With fewer than five classes, use colours spread over the whole palette, so the darkest still means "the most".
  const colours =
    ranges.length === 1 ? [PALETTE[4]] : ranges.map((_, i) => PALETTE[Math.round((i * 4) / (ranges.length - 1))]!);
  return ranges.map(([min, high], index) => ({ min, max: high, color: colours[index]! }));
}

/** Whole-number ranges from 1 to at least `max`: one per value up to five, else five equal "nice" steps. */
function countRanges(max: number): [number, number][] {
  const top = Math.max(1, Math.ceil(max));
  if (top <= 5) return Array.from({ length: top }, (_, i) => [i + 1, i + 1]);
  const step = niceStep(top / 5);
  const ranges: [number, number][] = [];
  for (let low = 1; low <= top; low += step) ranges.push([low, Math.min(low + step - 1, top)]);
  return ranges;
}

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
  return 10 * power;
}

/** The class a value falls in; null for no value (drawn as "no data"). */
export function binOf(bins: readonly MapBin[], value: number | null): MapBin | null {
  if (value === null) return null;
  return bins.find((bin) => value >= bin.min && value <= bin.max) ?? null;
}
