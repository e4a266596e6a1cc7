// The secretariat creates a reporting cycle (PLANNED until it is opened). Cycles never overlap: each day belongs to
// at most one cycle, so an update published on a day counts for exactly one. The check and the insert run under the
// reporting cycles' advisory lock, so two secretariat users (on two app instances) cannot both pass it.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { revalidatePublicData } from "@/lib/data/public/cache";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { createCycleSchema, cycleFieldErrorsOf, type CycleField } from "@/lib/validation/reporting-cycle";
import { lockReportingCycles, REPORTING_PATHS } from "@/lib/reporting/reporting-cycle-lock";

export type CreateReportingCycleResult =
  | { ok: true; cycle: { id: string; slug: string; name: string } }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors<CycleField> }
  | { ok: false; error: "overlap"; other: { name: string } };

const ACTION = "reporting_cycle.create";

export async function createReportingCycle(
  actor: SessionUser | null,
  input: unknown,
): Promise<CreateReportingCycleResult> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "reporting_cycle",
    entityId: "new",
  });
  const parsed = createCycleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: cycleFieldErrorsOf(parsed.error) };
  const cycle = parsed.data;
  if (!cycle.slug) return { ok: false, error: "invalid", fieldErrors: { slug: ["slug.required"] } };

  const result = await db.$transaction(async (tx): Promise<CreateReportingCycleResult> => {
    await lockReportingCycles(tx);
    if (await tx.reportingCycle.findUnique({ where: { slug: cycle.slug }, select: { id: true } })) {
      return { ok: false, error: "invalid", fieldErrors: { slug: ["slug.taken"] } };
    }
    const overlapping = await tx.reportingCycle.findFirst({
      where: { startsOn: { lte: cycle.endsOn }, endsOn: { gte: cycle.startsOn } },
      orderBy: { startsOn: "asc" },
      select: { name: true },
    });
    if (overlapping) return { ok: false, error: "overlap", other: overlapping };
    const created = await tx.reportingCycle.create({
      data: { ...cycle, state: "PLANNED" },
      select: { id: true, slug: true, name: true, startsOn: true, endsOn: true, dueOn: true, state: true },
    });
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "reporting_cycle",
      entityId: created.id,
      after: created,
    });
    return { ok: true, cycle: { id: created.id, slug: created.slug, name: created.name } };
  });
  if (result.ok) {
    for (const path of REPORTING_PATHS) revalidatePath(path);
    // Freshness on the public pages is computed from the cycles' dates.
    revalidatePublicData();
  }
  return result;
}
