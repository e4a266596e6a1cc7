// Every date and time the tracker shows is in UTC, and a time of day says so: the Network's members live in every
// time zone, and one zone keeps "submitted at 14:07" the same for all of them (issue 11, item 4). next-intl's
// formatters get the zone from here (lib/i18n/request.ts, and createFormatter/createTranslator outside a page);
// lib/hand-formatting.test.ts fails on a date, number or percent formatted any other way.
export const DISPLAY_TIME_ZONE = "UTC";

/** A date with its time of day and the zone's name ("Dec 5, 2026, 2:07 PM UTC"; "2026年12月5日 UTC 14:07"). */
export const DATE_AND_TIME = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
} as const satisfies Intl.DateTimeFormatOptions;
