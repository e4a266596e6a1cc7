// The secretariat moves a cycle's due date (a planned or an open cycle; a closed one is frozen). The date stays
// within the cycle. Reminders follow the new date: their windows are computed from it on each run.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { dayNumber } from "@/lib/domain/calendar-day";
import { isoDay } from "@/lib/domain/iso-day";
import { REPORTING_PATHS } from "@/lib/reporting/reporting-cycle-lock";
import type { FieldErrors } from "@/lib/validation/field-errors";
import {
  cycleFieldErrorsOf,
  cycleTargetSchema,
  dueDateSchema,
  type CycleField,
} from "@/lib/validation/reporting-cycle";

export type UpdateReportingCycleResult =
  | { ok: true; cycle: { slug: string; name: string; dueOn: Date } }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "closed" }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors<CycleField> };

const ACTION = "reporting_cycle.set_due_date";

export async function updateReportingCycleDueDate(
  actor: SessionUser | null,
  input: unknown,
): Promise<UpdateReportingCycleResult> {
  const target = cycleTargetSchema.safeParse(input);
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "reporting_cycle",
    entityId: target.success ? target.data.cycleId : "unknown",
  });
  if (!target.success) return { ok: false, error: "not_found" };
  const parsed = dueDateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: cycleFieldErrorsOf(parsed.error) };
  const { dueOn } = parsed.data;

  const result = await db.$transaction(async (tx): Promise<UpdateReportingCycleResult> => {
    const cycle = await tx.reportingCycle.findUnique({
      where: { id: target.data.cycleId },
      select: { id: true, slug: true, name: true, state: true, startsOn: true, endsOn: true, dueOn: true },
    });
    if (!cycle) return { ok: false, error: "not_found" };
    if (cycle.state === "CLOSED") return { ok: false, error: "closed" };
    if (dayNumber(dueOn) < dayNumber(cycle.startsOn) || dayNumber(dueOn) > dayNumber(cycle.endsOn)) {
      return { ok: false, error: "invalid", fieldErrors: { dueOn: ["dueOn.outsideCycle"] } };
    }
    await tx.reportingCycle.update({ where: { id: cycle.id }, data: { dueOn } });
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "reporting_cycle",
      entityId: cycle.id,
      before: { dueOn: isoDay(cycle.dueOn) },
      after: { dueOn: isoDay(dueOn) },
    });
    return { ok: true, cycle: { slug: cycle.slug, name: cycle.name, dueOn } };
  });
  if (result.ok) {
    for (const path of REPORTING_PATHS) revalidatePath(path);
    revalidatePublicData();
  }
  return result;
}
