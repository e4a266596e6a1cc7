import "server-only";
import type { Tx } from "@/lib/db";

/** Arbitrary constant naming the reporting cycles' lock among the application's advisory locks. */
const REPORTING_CYCLES_LOCK_KEY = 0x0c7c_1e5;

/**
 * Serialises the changes to reporting cycles whose rules span several rows (no overlap, one OPEN cycle at a time)
 * until the end of the transaction, across every app instance.
 */
export async function lockReportingCycles(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REPORTING_CYCLES_LOCK_KEY}::bigint)`;
}

/** The pages that show reporting cycles, refreshed after every change to one. */
export const REPORTING_PATHS = ["/secretariat/cycles", "/secretariat/cockpit", "/secretariat/reports"] as const;
