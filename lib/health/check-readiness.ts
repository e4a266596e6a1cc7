// What /readyz answers: whether this instance can serve requests right now. A load balancer polls it every few
// seconds on every instance, so it costs one small query and never touches the session or the data cache.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

/** A database that does not answer within this long counts as down: the balancer must not wait on us. */
const DATABASE_TIMEOUT_MS = 2_000;

export type Readiness = { ready: boolean; problems: string[] };

let expected: string[] | undefined;

/** The migrations this build was written for: the folders of prisma/migrations, read once per process. */
function expectedMigrations(): string[] {
  expected ??= fs
    .readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return expected;
}

/**
 * Ready when the database answers and every migration of this build is applied. A database AHEAD of the build (a
 * newer release migrated it during a rolling upgrade) stays ready: migrations only add, so old code still runs.
 */
export async function checkReadiness(): Promise<Readiness> {
  let rows: { migration_name: string; finished: boolean }[];
  try {
    rows = await withTimeout(
      db.$queryRaw<{ migration_name: string; finished: boolean }[]>`
        SELECT migration_name, finished_at IS NOT NULL AS finished
        FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
      DATABASE_TIMEOUT_MS,
    );
  } catch {
    return { ready: false, problems: ["database: not answering"] };
  }
  const applied = new Set(rows.filter((row) => row.finished).map((row) => row.migration_name));
  const problems = [
    ...rows.filter((row) => !row.finished).map((row) => `migration failed or running: ${row.migration_name}`),
    ...expectedMigrations()
      .filter((name) => !applied.has(name))
      .map((name) => `migration not applied: ${name}`),
  ];
  return { ready: problems.length === 0, problems };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
