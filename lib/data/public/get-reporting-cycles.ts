import "server-only";
import { db } from "@/lib/db";
import { pickCurrentCycle, type CurrentCycles } from "@/lib/domain/freshness";
import { dayStart } from "@/lib/domain/iso-day";
import { cachedPublicRead } from "./cache";
import type { CycleSummary } from "./get-current-cycle";

export type ReportingCycleRow = CycleSummary & { slug: string };

export type CyclesAsOf = {
  /** Every cycle that has started by `today`, oldest first. */
  started: ReportingCycleRow[];
  /** The current cycle and the one before it; null before the first cycle starts. */
  current: CurrentCycles<ReportingCycleRow> | null;
};

/**
 * The reporting cycles as they stand on `today` (an ISO day), for the figures that depend on the cycle; without the
 * demonstration cycles when `withoutDemo`.
 */
export const getCyclesAsOf = cachedPublicRead(
  "cycles-as-of",
  async (today: string, withoutDemo: boolean = false): Promise<CyclesAsOf> => {
    const started = await db.reportingCycle.findMany({
      where: { startsOn: { lte: dayStart(today) }, ...(withoutDemo ? { isDemo: false } : {}) },
      orderBy: { startsOn: "asc" },
      select: { slug: true, name: true, startsOn: true, endsOn: true, dueOn: true, isDemo: true },
    });
    return { started, current: pickCurrentCycle(started, dayStart(today)) };
  },
);
