// `npm run restore -- FILE`: brings a backup of `npm run backup` back into an EMPTY embedded data directory
// (EMBEDDED_DATA_DIR/postgres must not exist: stop the app and move it aside first). It creates the database, applies
// the migrations, loads every row in one transaction and checks every table against the backup's checksums. Then
// `npm start`. With DATABASE_URL set, restore that server with its own tools (README.md, "Backups").
import fs from "node:fs";
import path from "node:path";
import { childProcessEnv, readLauncherEnv } from "@/lib/env";
import { applyMigrations } from "./apply-migrations";
import { openEmbeddedPostgres } from "./embedded-postgres";
import { embeddedDataDir } from "./local-secrets";
import { restoreDatabase } from "./restore-database";

async function main() {
  if (readLauncherEnv().DATABASE_URL) {
    throw new Error("DATABASE_URL is set: restore that server with its own tools (pg_restore of its version).");
  }
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error("Usage: npm run restore -- FILE (a file of `npm run backup`).");
  const databaseDir = path.join(embeddedDataDir(), "postgres");
  if (fs.existsSync(databaseDir) && fs.readdirSync(databaseDir).length > 0) {
    throw new Error(`${databaseDir} is not empty: move it aside (stop the app first), then restore into an empty one.`);
  }
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const database = await openEmbeddedPostgres({ holder: "npm run restore", log });
  try {
    await applyMigrations(childProcessEnv({ DATABASE_URL: database.url }), "on-failure");
    const header = await restoreDatabase(database.url, path.resolve(file));
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Restored ${rows} rows of ${header.tables.length} tables from the backup of ${header.createdAt}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
