// The secretariat opens a planned reporting cycle: from then on the cockpit chases members for it and
// `npm run reminders` sends its scheduled reminders. One cycle is open at a time (checked under the reporting
// cycles' lock); a closed cycle is never reopened, since its report has been frozen.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { lockReportingCycles, REPORTING_PATHS } from "@/lib/reporting/reporting-cycle-lock";
import { cycleTargetSchema } from "@/lib/validation/reporting-cycle";

export type OpenReportingCycleResult =
  | { ok: true; cycle: { slug: string; name: string } }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "not_planned"; state: "OPEN" | "CLOSED" }
  | { ok: false; error: "another_open"; other: { name: string } };

const ACTION = "reporting_cycle.open";

export async function openReportingCycle(actor: SessionUser | null, input: unknown): Promise<OpenReportingCycleResult> {
  const target = cycleTargetSchema.safeParse(input);
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "reporting_cycle",
    entityId: target.success ? target.data.cycleId : "unknown",
  });
  if (!target.success) return { ok: false, error: "not_found" };

  const result = await db.$transaction(async (tx): Promise<OpenReportingCycleResult> => {
    await lockReportingCycles(tx);
    const cycle = await tx.reportingCycle.findUnique({
      where: { id: target.data.cycleId },
      select: { id: true, slug: true, name: true, state: true },
    });
    if (!cycle) return { ok: false, error: "not_found" };
    if (cycle.state !== "PLANNED") return { ok: false, error: "not_planned", state: cycle.state };
    const open = await tx.reportingCycle.findFirst({ where: { state: "OPEN" }, select: { name: true } });
    if (open) return { ok: false, error: "another_open", other: open };
    await tx.reportingCycle.update({ where: { id: cycle.id }, data: { state: "OPEN" } });
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "reporting_cycle",
      entityId: cycle.id,
      before: { state: cycle.state },
      after: { state: "OPEN" },
    });
    return { ok: true, cycle: { slug: cycle.slug, name: cycle.name } };
  });
  if (result.ok) for (const path of REPORTING_PATHS) revalidatePath(path);
  return result;
}
