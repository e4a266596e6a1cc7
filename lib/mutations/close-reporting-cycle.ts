// The secretariat closes the open cycle. In the same transaction as the state change and its audit row, the cycle's
// report figures are computed and frozen in reporting_cycles.snapshot (lib/domain/report-snapshot.ts): from then on
// its accountability report is rendered from that copy, so it shows the same numbers whatever is published later.
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { computeCycleReport } from "@/lib/data/secretariat/reporting/compute-cycle-report";
import { reportDataSchema } from "@/lib/domain/report-snapshot";
import { lockReportingCycles, REPORTING_PATHS } from "@/lib/reporting/reporting-cycle-lock";
import { cycleTargetSchema } from "@/lib/validation/reporting-cycle";

export type CloseReportingCycleResult =
  | { ok: true; cycle: { slug: string; name: string; closedAt: Date } }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "not_open"; state: "PLANNED" | "CLOSED" };

const ACTION = "reporting_cycle.close";

export async function closeReportingCycle(
  actor: SessionUser | null,
  input: unknown,
  now = new Date(),
): Promise<CloseReportingCycleResult> {
  const target = cycleTargetSchema.safeParse(input);
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "reporting_cycle",
    entityId: target.success ? target.data.cycleId : "unknown",
  });
  if (!target.success) return { ok: false, error: "not_found" };

  const result = await db.$transaction(
    async (tx): Promise<CloseReportingCycleResult> => {
      await lockReportingCycles(tx);
      const cycle = await tx.reportingCycle.findUnique({
        where: { id: target.data.cycleId },
        select: {
          id: true,
          slug: true,
          name: true,
          state: true,
          startsOn: true,
          endsOn: true,
          dueOn: true,
          isDemo: true,
        },
      });
      if (!cycle) return { ok: false, error: "not_found" };
      if (cycle.state !== "OPEN") return { ok: false, error: "not_open", state: cycle.state };
      // Checked against the snapshot's schema before it is frozen: what is stored is always what the report reads.
      const snapshot = reportDataSchema.parse(await computeCycleReport(tx, cycle, now));
      await tx.reportingCycle.update({ where: { id: cycle.id }, data: { state: "CLOSED", closedAt: now, snapshot } });
      await writeAudit(tx, secretariat, {
        action: ACTION,
        entityType: "reporting_cycle",
        entityId: cycle.id,
        before: { state: "OPEN" },
        after: { state: "CLOSED", closedAt: now, snapshot: { asOf: snapshot.asOf, totals: snapshot.totals } },
      });
      return { ok: true, cycle: { slug: cycle.slug, name: cycle.name, closedAt: now } };
    },
    // Repeatable read: every query of the figures sees the same state of the data. A concurrent change to this cycle
    // makes the close fail (serialization error) rather than freeze something else.
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000, maxWait: 10_000 },
  );
  if (result.ok)
    for (const path of [...REPORTING_PATHS, `/secretariat/reports/${result.cycle.slug}`]) revalidatePath(path);
  return result;
}
