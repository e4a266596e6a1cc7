import "server-only";
import { db } from "@/lib/db";
import type { CycleState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { readSnapshot, type ReportData } from "@/lib/domain/report-snapshot";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { computeCycleReport } from "./compute-cycle-report";

/**
 * Where a report's figures come from:
 *  - "snapshot": frozen when the cycle closed; never changes again;
 *  - "live":     the cycle is planned or open, so the figures are computed now and change as members report;
 *  - "unfrozen": the cycle was closed without a snapshot (cycles closed before snapshots existed, and the seeded
 *                demonstration cycles), so the figures are computed as of its closing moment: they leave out
 *                anything published later, but follow corrections made since.
 */
type ReportSource = "snapshot" | "live" | "unfrozen";

export type CycleReport = {
  cycle: { slug: string; name: string; state: CycleState; closedAt: Date | null; isDemo: boolean };
  source: ReportSource;
  data: ReportData;
};

/** The report of the cycle with this slug, for the secretariat; null when there is no such cycle. */
export async function getCycleReport(
  user: SessionUser | null,
  slug: string,
  now = new Date(),
): Promise<CycleReport | null> {
  await authorizeSecretariat(user, {
    attempted: "reporting_cycle.report",
    entityType: "reporting_cycle",
    entityId: slug.slice(0, 120),
  });
  const cycle = await db.reportingCycle.findUnique({ where: { slug } });
  if (!cycle) return null;
  const summary = {
    slug: cycle.slug,
    name: cycle.name,
    state: cycle.state,
    closedAt: cycle.closedAt,
    isDemo: cycle.isDemo,
  };
  if (cycle.state === "CLOSED") {
    const frozen = readSnapshot(cycle.snapshot);
    if (frozen) return { cycle: summary, source: "snapshot", data: frozen };
    const closedAt = cycle.closedAt ?? new Date(cycle.endsOn.getTime() + 86_400_000 - 1);
    return { cycle: summary, source: "unfrozen", data: await computeCycleReport(db, cycle, closedAt) };
  }
  return { cycle: summary, source: "live", data: await computeCycleReport(db, cycle, now) };
}
