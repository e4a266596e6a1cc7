// A database of a test's own on the integration test server, for tests that must empty or migrate a whole database
// (the shared one holds every other test's rows). Migrations are applied as SQL, optionally only those before one.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

const MIGRATIONS = path.resolve("prisma/migrations");

export function migrationSql(name: string): string {
  return fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
}

type OwnDatabase = { client: pg.Client; prisma: () => PrismaClient };

/** Runs `test` against a fresh database holding the migrations before `before` (all of them when omitted). */
export async function withOwnDatabase(test: (database: OwnDatabase) => Promise<void>, before?: string) {
  const name = `wps_own_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  let prisma: PrismaClient | undefined;
  try {
    await client.connect();
    const migrations = fs
      .readdirSync(MIGRATIONS)
      .filter((entry) => fs.statSync(path.join(MIGRATIONS, entry)).isDirectory() && (!before || entry < before))
      .sort();
    // The simple query protocol runs a whole file, trigger bodies included.
    for (const migration of migrations) await client.query(migrationSql(migration));
    await test({
      client,
      prisma: () => (prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) })),
    });
  } finally {
    await prisma?.$disconnect();
    await client.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
