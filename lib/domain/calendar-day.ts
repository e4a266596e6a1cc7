// Dates in the tracker are calendar days in UTC (target dates, cycle dates and meeting dates are SQL `date`s, which
// arrive as midnight UTC). Comparing day numbers keeps "today" and the boundaries of a cycle exact.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of the calendar day containing `date`. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}
