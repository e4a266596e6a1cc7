// "My commitments" lists what needs the focal point first. Each commitment falls in one urgency level, from the
// most urgent:
//  1. RETURNED         their own update came back from the secretariat with a comment: only they can fix it.
//  2. OVERDUE          nothing published this cycle and the due date has passed (freshness NOT_REPORTED), and no
//                      update is waiting for review.
//  3. INACTIVE         nothing published this cycle nor the one before (freshness INACTIVE), and no update is waiting
//                      for review. Its own level and words: this cycle's due date may be months away, so "overdue"
//                      would be wrong; two cycles of silence is what the focal point must be told.
//  4. DUE              nothing published this cycle yet, the due date is still ahead (or there is no cycle yet), and
//                      no update is waiting for review.
//  5. AWAITING_REVIEW  an update is with the secretariat: nothing to do but wait.
//  6. UP_TO_DATE       an update was published this cycle.
//  7. FINISHED         completed or discontinued: no more reports are expected (a returned update still comes first).
// A draft does not change the level (it is not a report yet); the list shows it on the row.
// Within a level: the worse schedule first (overdue, off track, at risk, on track, no target, finished), then the
// one that has waited longest for a published update (never first), then by title.
import type { FreshnessState } from "./freshness";
import { isFinished, type ReportedStatus } from "./implementation-status";
import type { ScheduleState } from "./schedule";

const URGENCY_LEVELS = ["RETURNED", "OVERDUE", "INACTIVE", "DUE", "AWAITING_REVIEW", "UP_TO_DATE", "FINISHED"] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

/** The state of the newest update the focal point can see on the commitment (their own draft, or anyone's
 * submitted, returned or published update), or null when there is none. */
export type LatestUpdateState = "DRAFT" | "SUBMITTED" | "RETURNED" | "PUBLISHED" | null;

export type UrgencyInput = {
  title: string;
  status: ReportedStatus | null;
  schedule: ScheduleState;
  /** Null before the first reporting cycle starts. */
  freshness: FreshnessState | null;
  lastPublishedAt: Date | null;
  /** The focal point's own update was returned and not yet resubmitted. */
  hasOwnReturnedUpdate: boolean;
  /** Some update on the commitment is submitted and waiting for the secretariat. */
  hasSubmittedUpdate: boolean;
};

const SCHEDULE_SEVERITY: Record<ScheduleState, number> = {
  OVERDUE: 0,
  OFF_TRACK: 1,
  AT_RISK: 2,
  ON_TRACK: 3,
  NO_TARGET: 4,
  DONE: 5,
};

export function urgencyLevel(input: UrgencyInput): UrgencyLevel {
  if (input.hasOwnReturnedUpdate) return "RETURNED";
  if (isFinished(input.status)) return "FINISHED";
  if (input.hasSubmittedUpdate) return "AWAITING_REVIEW";
  if (input.freshness === "REPORTED") return "UP_TO_DATE";
  if (input.freshness === "NOT_REPORTED") return "OVERDUE";
  if (input.freshness === "INACTIVE") return "INACTIVE";
  return "DUE";
}

/** Compares two commitments for the workspace list: negative when `a` is more urgent. */
export function compareUrgency(a: UrgencyInput, b: UrgencyInput): number {
  const level = URGENCY_LEVELS.indexOf(urgencyLevel(a)) - URGENCY_LEVELS.indexOf(urgencyLevel(b));
  if (level !== 0) return level;
  const schedule = SCHEDULE_SEVERITY[a.schedule] - SCHEDULE_SEVERITY[b.schedule];
  if (schedule !== 0) return schedule;
  const waited = (a.lastPublishedAt?.getTime() ?? -Infinity) - (b.lastPublishedAt?.getTime() ?? -Infinity);
  if (waited !== 0 && !Number.isNaN(waited)) return waited;
  return a.title.localeCompare(b.title, "en");
}

/** A new array, most urgent first. */
export function sortByUrgency<T extends UrgencyInput>(items: readonly T[]): T[] {
  return [...items].sort(compareUrgency);
}
