// Schedule is computed, never typed in (DESIGN.md, status model fact 2). The rules, applied in this order:
//  1. DONE       the latest published status is Completed or Discontinued, whatever the dates.
//  2. NO_TARGET  the commitment has no target date.
//  3. OVERDUE    the target date is before today (a target of today is not yet overdue).
//  4. OFF_TRACK  a milestone due before today has not been reached, or nothing has started (no published update,
//                or "Not started") although half of the time from pledge to target has elapsed.
//  5. AT_RISK    the target date is within AT_RISK_WINDOW_DAYS and the work is not yet substantially complete, or the
//                reported percentage lags the elapsed share of time by more than BEHIND_PACE_POINTS.
//  6. ON_TRACK   otherwise.
// The bulk CSV computes it in SQL (commitment_schedule, migration 20261214000000_open_data_csv_functions): a change
// here needs a migration replacing that function; lib/data/open-data/csv-sql.int.test.ts fails until both agree.
import { dayNumber } from "./calendar-day";
import { isFinished, type ReportedStatus } from "./implementation-status";

export const SCHEDULE_STATES = ["ON_TRACK", "AT_RISK", "OFF_TRACK", "OVERDUE", "NO_TARGET", "DONE"] as const;
export type ScheduleState = (typeof SCHEDULE_STATES)[number];

/** Why the state was chosen: lets the page explain a computed label instead of asserting it. */
type ScheduleReason =
  | "finished"
  | "noTarget"
  | "targetPassed"
  | "milestoneMissed"
  | "notStartedLate"
  | "targetSoon"
  | "behindPace"
  | "onPace";

const AT_RISK_WINDOW_DAYS = 90;
const BEHIND_PACE_POINTS = 25;

export type ScheduleInput = {
  today: Date;
  /** When the commitment was pledged (the meeting's first day): the start of its time window. */
  pledgedOn: Date;
  targetDate: Date | null;
  /** Latest published status; null when nothing has been published. */
  status: ReportedStatus | null;
  /** Latest published percentage, if one was given. */
  percent: number | null;
  milestones: readonly { dueDate: Date | null; reachedOn: Date | null }[];
};

export type Schedule = { state: ScheduleState; reason: ScheduleReason };

export function computeSchedule(input: ScheduleInput): Schedule {
  if (isFinished(input.status)) return { state: "DONE", reason: "finished" };
  if (!input.targetDate) return { state: "NO_TARGET", reason: "noTarget" };

  const today = dayNumber(input.today);
  const target = dayNumber(input.targetDate);
  if (target < today) return { state: "OVERDUE", reason: "targetPassed" };

  const missedMilestone = input.milestones.some(
    (m) => m.dueDate !== null && m.reachedOn === null && dayNumber(m.dueDate) < today,
  );
  if (missedMilestone) return { state: "OFF_TRACK", reason: "milestoneMissed" };

  const elapsed = elapsedShare(dayNumber(input.pledgedOn), target, today);
  const notStarted = input.status === null || input.status === "NOT_STARTED";
  if (notStarted && elapsed >= 0.5) return { state: "OFF_TRACK", reason: "notStartedLate" };

  if (target - today <= AT_RISK_WINDOW_DAYS && input.status !== "SUBSTANTIALLY_COMPLETE") {
    return { state: "AT_RISK", reason: "targetSoon" };
  }
  if (input.percent !== null && input.percent < elapsed * 100 - BEHIND_PACE_POINTS) {
    return { state: "AT_RISK", reason: "behindPace" };
  }
  return { state: "ON_TRACK", reason: "onPace" };
}

/** Share (0–1) of the days from pledge to target that have passed; a window of zero days counts as fully elapsed. */
function elapsedShare(start: number, target: number, today: number): number {
  if (target <= start) return 1;
  return Math.min(1, Math.max(0, (today - start) / (target - start)));
}
