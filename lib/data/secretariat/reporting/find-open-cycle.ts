import "server-only";
import { db } from "@/lib/db";
import type { ReportCycle } from "./compute-cycle-report";

export type OpenCycle = Pick<ReportCycle, "id" | "slug" | "name" | "startsOn" | "endsOn" | "dueOn">;

/**
 * The reporting cycle open now (the latest, should two ever be), or null. No authorization: the cockpit, the
 * reminder the secretariat sends and `npm run reminders` (an operator) each check their own.
 */
export function findOpenCycle(): Promise<OpenCycle | null> {
  return db.reportingCycle.findFirst({
    where: { state: "OPEN" },
    orderBy: { startsOn: "desc" },
    select: { id: true, slug: true, name: true, startsOn: true, endsOn: true, dueOn: true },
  });
}
