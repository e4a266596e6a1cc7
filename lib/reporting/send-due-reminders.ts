// Reporting reminders, scheduled (`npm run reminders`, from cron) and by hand (the cockpit). Every one goes through
// sendEmail (lib/email/send-email.ts), so it is logged in email_log; its dedupe key makes it at-most-once:
//  - scheduled: reminder:<cycle>:<kind>:<user> — each kind once per cycle and focal point, however often cron runs,
//    even when two runs overlap or one crashes half-way (the key is claimed before the SMTP exchange);
//  - by hand:   reminder:manual:<cycle>:<user>:<day> — at most one a day per focal point, so a double click or a
//    second colleague pressing the same button does not send twice.
import "server-only";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { findOpenCycle, type OpenCycle } from "@/lib/data/secretariat/reporting/find-open-cycle";
import {
  listReminderRecipients,
  type ReminderRecipient,
} from "@/lib/data/secretariat/reporting/list-reminder-recipients";
import { isoDay } from "@/lib/domain/iso-day";
import { scheduledReminderOn, type ReminderKind } from "@/lib/domain/reminder-schedule";
import { reminderEmail } from "./reminder-email";

export type ReminderOutcome = {
  memberName: string;
  to: string;
  kind: ReminderKind;
  /** DUPLICATE: already sent under the same key; WOULD_SEND: a dry run's answer. */
  status: "SENT" | "DUPLICATE" | "FAILED" | "WOULD_SEND";
  error?: string;
};

export type ReminderRun = { cycle: OpenCycle | null; kind: ReminderKind | null; outcomes: ReminderOutcome[] };

export function scheduledDedupeKey(cycleId: string, kind: ReminderKind, userId: string): string {
  return `reminder:${cycleId}:${kind}:${userId}`;
}

export function manualDedupeKey(cycleId: string, userId: string, today: Date): string {
  return `reminder:manual:${cycleId}:${userId}:${isoDay(today)}`;
}

/**
 * Sends the scheduled reminder of `today` (lib/domain/reminder-schedule.ts) for the open cycle to the focal points of
 * every member with commitments not yet reported in it. `dryRun` says who would get one and sends nothing.
 */
export async function sendDueReminders({
  today,
  dryRun = false,
}: {
  today: Date;
  dryRun?: boolean;
}): Promise<ReminderRun> {
  const cycle = await findOpenCycle();
  if (!cycle) return { cycle: null, kind: null, outcomes: [] };
  const kind = scheduledReminderOn(today, cycle.dueOn);
  if (!kind) return { cycle, kind: null, outcomes: [] };
  const recipients = await listReminderRecipients(db, cycle, new Date());
  const outcomes = await deliverReminders(
    cycle,
    kind,
    recipients,
    (r) => scheduledDedupeKey(cycle.id, kind, r.userId),
    dryRun,
  );
  return { cycle, kind, outcomes };
}

/** Sends one reminder per recipient, one after the other, each under its dedupe key. */
export async function deliverReminders(
  cycle: OpenCycle,
  kind: ReminderKind,
  recipients: readonly ReminderRecipient[],
  dedupeKeyOf: (recipient: ReminderRecipient) => string,
  dryRun = false,
): Promise<ReminderOutcome[]> {
  const outcomes: ReminderOutcome[] = [];
  for (const recipient of recipients) {
    const base = { memberName: recipient.memberName, to: recipient.email, kind };
    const dedupeKey = dedupeKeyOf(recipient);
    if (dryRun) {
      const sent = await db.emailLog.findUnique({ where: { dedupeKey }, select: { id: true } });
      outcomes.push({ ...base, status: sent ? "DUPLICATE" : "WOULD_SEND" });
      continue;
    }
    const { subject, text } = reminderEmail({ kind, recipient, cycle, appUrl: env.APP_URL });
    const result = await sendEmail({
      kind,
      to: recipient.email,
      subject,
      text,
      userId: recipient.userId,
      memberId: recipient.memberId,
      cycleId: cycle.id,
      dedupeKey,
    });
    outcomes.push({ ...base, status: result.status, ...(result.error ? { error: result.error } : {}) });
  }
  return outcomes;
}
