import type { useFormatter } from "next-intl";
import { lastUpdateAge } from "@/lib/domain/last-update-age";

/**
 * "3 days ago", "5 months ago", "today": how long ago the date was, in whole UTC calendar days, for the {ago}
 * argument of one message that holds the whole sentence (never concatenated to another message: word order and
 * punctuation differ between languages).
 */
export function lastUpdateAgo(
  date: Date,
  format: Pick<ReturnType<typeof useFormatter>, "relativeTime">,
  today: string,
  now = new Date(),
): string {
  const age = lastUpdateAge(date, now);
  if (!age || age.unit === "today") return today;
  return format.relativeTime(age.from, { now: age.now, unit: age.unit });
}
