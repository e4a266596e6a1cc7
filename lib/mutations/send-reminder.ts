// The secretariat sends a reminder now, from the cockpit: to the focal points of one member, or of every member that
// is due one (members with focal points and with commitments not reported in the open cycle). The wording follows
// where the due date stands; each focal point gets at most one such reminder a day (see send-due-reminders.ts).
// Every email is logged in email_log by sendEmail; the action itself gets an audit row.
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { listReminderRecipients } from "@/lib/data/secretariat/reporting/list-reminder-recipients";
import { manualReminderKind, type ReminderKind } from "@/lib/domain/reminder-schedule";
import { findOpenCycle } from "@/lib/data/secretariat/reporting/find-open-cycle";
import { deliverReminders, manualDedupeKey, type ReminderOutcome } from "@/lib/reporting/send-due-reminders";

const inputSchema = z.union([
  z.object({ target: z.literal("member"), memberId: z.uuid() }),
  z.object({ target: z.literal("due") }),
]);

export type SendReminderResult =
  | { ok: true; kind: ReminderKind; sent: number; alreadyToday: number; failed: number; members: number }
  | { ok: false; error: "invalid" | "no_open_cycle" | "nothing_due" };

const ACTION = "reporting.reminder.send";

export async function sendReminder(
  actor: SessionUser | null,
  input: unknown,
  now = new Date(),
): Promise<SendReminderResult> {
  const parsed = inputSchema.safeParse(input);
  const memberId = parsed.success && parsed.data.target === "member" ? parsed.data.memberId : undefined;
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: memberId ? "member" : "reporting",
    entityId: memberId ?? "due",
  });
  if (!parsed.success) return { ok: false, error: "invalid" };

  const cycle = await findOpenCycle();
  if (!cycle) return { ok: false, error: "no_open_cycle" };
  const recipients = await listReminderRecipients(db, cycle, now, memberId);
  if (recipients.length === 0) return { ok: false, error: "nothing_due" };

  const kind = manualReminderKind(now, cycle.dueOn);
  const outcomes = await deliverReminders(cycle, kind, recipients, (r) => manualDedupeKey(cycle.id, r.userId, now));
  const count = (status: ReminderOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const result = {
    ok: true as const,
    kind,
    sent: count("SENT"),
    alreadyToday: count("DUPLICATE"),
    failed: count("FAILED"),
    members: new Set(recipients.map((recipient) => recipient.memberId)).size,
  };
  await db.$transaction((tx) =>
    writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: memberId ? "member" : "reporting_cycle",
      entityId: memberId ?? cycle.id,
      memberId: memberId ?? null,
      after: {
        cycleId: cycle.id,
        kind,
        outcomes: outcomes.map(({ to, memberName, status }) => ({ to, memberName, status })),
      },
    }),
  );
  revalidatePath("/secretariat/cockpit");
  return result;
}
