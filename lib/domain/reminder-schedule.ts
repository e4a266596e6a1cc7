// When reporting reminders go out, as pure date rules (no database, no clock: `today` is always passed in).
//
// The open cycle's focal points get at most three scheduled reminders, each one at most once per cycle:
//  - BEFORE_DUE  from BEFORE_DUE_DAYS days before the due date until the day before it;
//  - DUE         on the due date, or on one of the days after it until the overdue reminder starts (so a day on which
//                the cron job did not run still gets its reminder the next day);
//  - OVERDUE     from OVERDUE_AFTER_DAYS days after the due date until the cycle closes. Sent once: chasing further is
//                the secretariat's call (the cockpit's "send a reminder now").
// Only the reminder of the current window is ever sent: a cycle opened after its due date does not send "due in two
// weeks" mail. Which reminder was already sent is not decided here: the email log's dedupe key does that
// (lib/reporting/send-due-reminders.ts).
import { daysBetween } from "./calendar-day";

export const REMINDER_KINDS = ["REMINDER_BEFORE_DUE", "REMINDER_DUE", "REMINDER_OVERDUE"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const BEFORE_DUE_DAYS = 14;
export const OVERDUE_AFTER_DAYS = 7;

/** The scheduled reminder whose window contains `today`, or null on a day with none. Compared by UTC calendar day. */
export function scheduledReminderOn(today: Date, dueOn: Date): ReminderKind | null {
  const daysLate = daysBetween(dueOn, today);
  if (daysLate < -BEFORE_DUE_DAYS) return null;
  if (daysLate < 0) return "REMINDER_BEFORE_DUE";
  if (daysLate < OVERDUE_AFTER_DAYS) return "REMINDER_DUE";
  return "REMINDER_OVERDUE";
}

/** The kind of a reminder the secretariat sends by hand today: any day, worded for where the due date stands. */
export function manualReminderKind(today: Date, dueOn: Date): ReminderKind {
  const daysLate = daysBetween(dueOn, today);
  if (daysLate < 0) return "REMINDER_BEFORE_DUE";
  return daysLate === 0 ? "REMINDER_DUE" : "REMINDER_OVERDUE";
}

/** Days from `today` to the due date: positive before it, 0 on it, negative after it. */
export function daysUntilDue(today: Date, dueOn: Date): number {
  return daysBetween(today, dueOn);
}
