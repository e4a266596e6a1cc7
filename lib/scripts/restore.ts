// `npm run restore -- FILE`: brings a backup of `npm run backup` back into an EMPTY embedded data directory
// (DATA_DIR/postgres must not exist: move the old one aside first). It creates the database, applies the migrations,
// loads every row in one transaction and checks every table against the backup's checksums. Then `npm start`.
// With DATABASE_URL set, restore that server with its own tools (README.md, "Backups").
import fs from "node:fs";
import path from "node:path";
import { readLauncherEnv } from "@/lib/env";
import { embeddedDataDir, startEmbeddedPostgres } from "./embedded-postgres";
import { restoreDatabase } from "./restore-database";
import { bin, runOrThrow } from "./run";

async function main() {
  const launcher = readLauncherEnv();
  if (launcher.DATABASE_URL) {
    throw new Error("DATABASE_URL is set: restore that server with its own tools (pg_restore of its version).");
  }
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error("Usage: npm run restore -- FILE (a file of `npm run backup`).");
  const dataDir = embeddedDataDir();
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty: move it aside (stop the app first), then restore into an empty one.`);
  }
  const database = await startEmbeddedPostgres({ quiet: true });
  try {
    await runOrThrow(bin("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: database.url });
    const header = await restoreDatabase(database.url, path.resolve(file));
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Restored ${rows} rows of ${header.tables.length} tables from the backup of ${header.createdAt}.`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
