// Expensive downloads (the secretariat's exports and report PDFs) are limited per user: EXPORT_LIMIT.points per
// EXPORT_LIMIT.durationSeconds. The counters live in PostgreSQL (rate-limiter-flexible's Postgres store), so the limit
// holds across every app instance behind the load balancer.
//
// The store's table lives in its own schema, `rate_limits`, created here on first use (IF NOT EXISTS, so instances
// starting together are fine): Prisma manages the `public` schema only, so this table neither shows up as drift
// nor gets dropped by a migration. It holds only counters that expire; emptying it loses nothing.
import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { TooManyRequestsError } from "@/lib/http/too-many-requests-error";

export const EXPORT_LIMIT = { points: 10, durationSeconds: 600 } as const;

type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const globalForLimiter = globalThis as unknown as { exportLimiter?: Promise<RateLimiterPostgres> };

function limiter(): Promise<RateLimiterPostgres> {
  globalForLimiter.exportLimiter ??= (async () => {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
    // An idle connection lost in a database restart must not crash the server: the next query reconnects.
    pool.on("error", () => {});
    await pool.query("CREATE SCHEMA IF NOT EXISTS rate_limits");
    return new Promise<RateLimiterPostgres>((resolve, reject) => {
      const created: RateLimiterPostgres = new RateLimiterPostgres(
        {
          storeClient: pool,
          storeType: "pool",
          schemaName: "rate_limits",
          tableName: "downloads",
          keyPrefix: "download",
          points: EXPORT_LIMIT.points,
          duration: EXPORT_LIMIT.durationSeconds,
          clearExpiredByTimeout: true,
        },
        (error?: Error) => (error ? reject(error) : resolve(created)),
      );
    });
  })().catch((error: unknown) => {
    globalForLimiter.exportLimiter = undefined;
    throw error;
  });
  return globalForLimiter.exportLimiter;
}

/** Counts one expensive download for `userId`; says whether it may go ahead and, if not, when it may. */
async function consumeExportAllowance(userId: string): Promise<RateLimitDecision> {
  try {
    await (await limiter()).consume(userId, 1);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Counts one expensive download for `userId`, or throws TooManyRequestsError (429 with Retry-After, through the
 * signed-in route wrapper) when their allowance is spent. */
export async function spendDownloadAllowance(userId: string): Promise<void> {
  const decision = await consumeExportAllowance(userId);
  if (!decision.allowed) throw new TooManyRequestsError(decision.retryAfterSeconds);
}
