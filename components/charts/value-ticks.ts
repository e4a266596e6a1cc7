/**
 * The value axis of a bar chart: whole numbers from 0 to a round top at or above `max`, about `count` steps of 1, 2
 * or 5 × 10ⁿ (the "nice" ticks readers expect). Counts are whole, so a step is never below 1.
 */
export function valueTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((multiple) => multiple * power).find((size) => size >= raw)!,
  );
  const steps = Math.ceil(max / step);
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}
