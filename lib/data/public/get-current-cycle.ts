import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { pickCurrentCycle, type CurrentCycles } from "@/lib/domain/freshness";

export type CycleSummary = { name: string; startsOn: Date; endsOn: Date; dueOn: Date; isDemo: boolean };

/** The current reporting cycle (the latest that has started) and the one before it; null before the first. */
export const getCurrentCycle = cache(async (): Promise<CurrentCycles<CycleSummary> | null> => {
  const today = new Date();
  const cycles = await db.reportingCycle.findMany({
    where: { startsOn: { lte: today } },
    orderBy: { startsOn: "desc" },
    take: 2,
    select: { name: true, startsOn: true, endsOn: true, dueOn: true, isDemo: true },
  });
  return pickCurrentCycle(cycles, today);
});
