import type { useFormatter } from "next-intl";

/** "14:32 UTC": when a draft was saved, with its time zone (the app formats dates in UTC). */
export function savedTime(format: ReturnType<typeof useFormatter>, iso: string): string {
  return format.dateTime(new Date(iso), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
}
