// Applies the migrations a database lacks with `prisma migrate deploy`, and skips the CLI when there are none: Prisma
// 6.19's CLI lingers for 10 s after its work (a timer its wasm engine leaves behind), which a restart of `npm start`
// or a command run from cron should not pay for nothing.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { bin, runOrThrow } from "./run";

const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

/**
 * Resolves with the names of the migrations it applied. `output` "inherit" shows Prisma's output; "on-failure" keeps
 * it for the error message, so that a command's output stays its own report.
 */
export async function applyMigrations(env: NodeJS.ProcessEnv, output: "inherit" | "on-failure"): Promise<string[]> {
  const pending = await pendingMigrations(env.DATABASE_URL!);
  if (pending.length === 0) return [];
  if (output === "inherit") await runOrThrow(bin("prisma"), ["migrate", "deploy"], env);
  else await runQuietly(env);
  return pending;
}

/** Migrations in prisma/migrations that the database has not finished applying (all of them on an empty one). */
async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const local = fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const history = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    if (!history.rows[0]?.exists) return local;
    const applied = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return local.filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

function runQuietly(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(bin("prisma"), ["migrate", "deploy"], { env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Applying the database migrations failed:\n${stdout}${stderr}`));
      else resolve();
    });
  });
}
