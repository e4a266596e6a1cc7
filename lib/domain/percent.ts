// Shares for headline figures. A share of nothing is "no data" (null), never 0 % and never NaN.

/** part / whole as a fraction between 0 and 1, or null when whole is 0 (or either is not a finite number). */
export function share(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  return Math.min(1, Math.max(0, part / whole));
}

/** A whole percentage 0–100 for display in text, or null; rounds half up, but never rounds a non-zero share to 0
 * or a share short of everything to 100, so "0 %" and "100 %" always mean exactly that. */
export function wholePercent(part: number, whole: number): number | null {
  const fraction = share(part, whole);
  if (fraction === null) return null;
  const rounded = Math.round(fraction * 100);
  if (rounded === 0 && fraction > 0) return 1;
  if (rounded === 100 && fraction < 1) return 99;
  return rounded;
}

/** Clamp a reported percentage to 0–100; null stays null (no percentage was reported). */
export function clampPercent(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, Math.round(value)));
}
