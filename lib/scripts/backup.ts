// `npm run backup [-- FILE]`: a consistent online backup of the embedded database (./backup-database.ts), written to
// FILE (default: wps-backup-<UTC time>.jsonl.gz). The app may keep running and writing meanwhile: the backup reads
// one snapshot and locks nothing. It uses the running app's server, or starts the embedded server for its duration.
// With DATABASE_URL set, back up that server with its own tools (README.md, "Backups").
import path from "node:path";
import { readLauncherEnv } from "@/lib/env";
import { backupDatabase } from "./backup-database";
import { openEmbeddedPostgres } from "./embedded-postgres";

async function main() {
  if (readLauncherEnv().DATABASE_URL) {
    throw new Error("DATABASE_URL is set: back up that server with its own tools (pg_dump of its version).");
  }
  const file = path.resolve(process.argv[2] ?? `wps-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`);
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const database = await openEmbeddedPostgres({ holder: "npm run backup", log });
  try {
    const header = await backupDatabase(database.url, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Backed up ${rows} rows of ${header.tables.length} tables to ${file}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
