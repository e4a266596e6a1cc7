import "server-only";
import { db } from "@/lib/db";
import type { CycleState } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";

export type ReportingCycleRow = {
  id: string;
  slug: string;
  name: string;
  startsOn: Date;
  endsOn: Date;
  dueOn: Date;
  state: CycleState;
  closedAt: Date | null;
  isDemo: boolean;
  /** Whether the figures were frozen when it closed (the snapshot itself can be large: not read here). */
  hasSnapshot: boolean;
  /** Progress updates filed for the cycle, published or not. */
  updates: number;
};

/** Every reporting cycle, latest first, for the secretariat. */
export async function listReportingCycles(user: SessionUser | null): Promise<ReportingCycleRow[]> {
  await authorizeSecretariat(user, {
    attempted: "reporting_cycle.list",
    entityType: "reporting",
    entityId: "reporting_cycle.list",
  });
  return db.$queryRaw<ReportingCycleRow[]>`
    SELECT rc.id, rc.slug, rc.name, rc.starts_on AS "startsOn", rc.ends_on AS "endsOn", rc.due_on AS "dueOn",
           rc.state::text AS state, rc.closed_at AS "closedAt", rc.is_demo AS "isDemo",
           rc.snapshot IS NOT NULL AS "hasSnapshot",
           (SELECT count(*) FROM progress_updates u WHERE u.cycle_id = rc.id)::int AS updates
    FROM reporting_cycles rc
    ORDER BY rc.starts_on DESC`;
}
