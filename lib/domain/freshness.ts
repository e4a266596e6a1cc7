// Reporting freshness is computed from the date of the last published update and the reporting cycles
// (DESIGN.md, status model fact 3). Rules:
//  - The current cycle is the latest cycle that has started (starts on or before today); the previous cycle is the
//    one before it. With no started cycle there is no freshness to show (null).
//  - REPORTED      the last published update is on or after the first day of the current cycle.
//  - INACTIVE      nothing was published in the current cycle nor in the previous one, and the commitment already
//                  existed before the previous cycle ended: two cycles of silence.
//  - DUE           nothing yet in the current cycle, and its due date is today or later (or the commitment was
//                  pledged after the due date, so this cycle never asked for it).
//  - NOT_REPORTED  nothing in the current cycle and its due date has passed.
// All comparisons are by UTC calendar day, so an update published on a cycle's first day counts in that cycle.
// The bulk CSV computes it in SQL (commitment_freshness, migration 20261214000000_open_data_csv_functions): a change
// here needs a migration replacing that function; lib/data/open-data/csv-sql.int.test.ts fails until both agree.
import { dayNumber } from "./calendar-day";

export const FRESHNESS_STATES = ["REPORTED", "DUE", "NOT_REPORTED", "INACTIVE"] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

export type CycleDates = { startsOn: Date; endsOn: Date; dueOn: Date };

export type CurrentCycles<T extends CycleDates> = { current: T; previous: T | null };

/** The current and previous cycles as of `today`, or null before the first cycle starts. */
export function pickCurrentCycle<T extends CycleDates>(cycles: readonly T[], today: Date): CurrentCycles<T> | null {
  const started = cycles
    .filter((cycle) => dayNumber(cycle.startsOn) <= dayNumber(today))
    .sort((a, b) => dayNumber(a.startsOn) - dayNumber(b.startsOn));
  const current = started.at(-1);
  if (!current) return null;
  return { current, previous: started.at(-2) ?? null };
}

export type FreshnessInput = {
  today: Date;
  /** When the commitment was pledged (the meeting's first day). */
  pledgedOn: Date;
  lastPublishedAt: Date | null;
  cycles: CurrentCycles<CycleDates> | null;
};

export function computeFreshness({ today, pledgedOn, lastPublishedAt, cycles }: FreshnessInput): FreshnessState | null {
  if (!cycles) return null;
  const { current, previous } = cycles;
  const last = lastPublishedAt ? dayNumber(lastPublishedAt) : null;
  if (last !== null && last >= dayNumber(current.startsOn)) return "REPORTED";

  const silentLastCycle =
    previous !== null &&
    dayNumber(pledgedOn) <= dayNumber(previous.endsOn) &&
    (last === null || last < dayNumber(previous.startsOn));
  if (silentLastCycle) return "INACTIVE";

  const due = dayNumber(current.dueOn);
  if (dayNumber(today) <= due || dayNumber(pledgedOn) > due) return "DUE";
  return "NOT_REPORTED";
}
