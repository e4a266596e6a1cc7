// "Last updated N days ago": how long ago, in whole UTC calendar days, a commitment's latest update was published.
// The result is what next-intl's relativeTime needs (two dates and a unit); both dates are moved to midnight UTC so
// the formatted number is exactly the number of calendar days, months or years, whatever the time of day.
import { dayNumber } from "./calendar-day";

const MS_PER_DAY = 86_400_000;

/** Up to this many days, count in days ("45 days ago"); then in months, and from two years on, in years. */
const DAYS_UNTIL_MONTHS = 60;
const DAYS_UNTIL_YEARS = 730;

export type LastUpdateAge = { unit: "today" } | { unit: "day" | "month" | "year"; days: number; from: Date; now: Date };

/** Null when nothing has been published. A date after `now` (clock skew) counts as today. */
export function lastUpdateAge(lastPublishedAt: Date | null, now: Date): LastUpdateAge | null {
  if (!lastPublishedAt || Number.isNaN(lastPublishedAt.getTime())) return null;
  const days = dayNumber(now) - dayNumber(lastPublishedAt);
  if (days <= 0) return { unit: "today" };
  const unit = days < DAYS_UNTIL_MONTHS ? "day" : days < DAYS_UNTIL_YEARS ? "month" : "year";
  return {
    unit,
    days,
    from: new Date(dayNumber(lastPublishedAt) * MS_PER_DAY),
    now: new Date(dayNumber(now) * MS_PER_DAY),
  };
}
