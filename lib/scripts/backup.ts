// `npm run backup [-- FILE]`: a consistent online backup of the embedded database (./backup-database.ts), written to
// FILE (default: wps-backup-<UTC time>.jsonl.gz). The app may keep running and writing meanwhile: the backup reads
// one snapshot and locks nothing. When the embedded server is not running, it is started for the backup and stopped.
// With DATABASE_URL set, back up that server with its own tools (README.md, "Backups").
import path from "node:path";
import { readLauncherEnv } from "@/lib/env";
import { backupDatabase } from "./backup-database";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "./embedded-postgres";

async function main() {
  const launcher = readLauncherEnv();
  if (launcher.DATABASE_URL) {
    throw new Error("DATABASE_URL is set: back up that server with its own tools (pg_dump of its version).");
  }
  const file = path.resolve(process.argv[2] ?? `wps-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`);
  const running = runningEmbeddedUrl();
  const database = running ? undefined : await startEmbeddedPostgres({ quiet: true });
  try {
    const header = await backupDatabase(running ?? database!.url, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Backed up ${rows} rows of ${header.tables.length} tables to ${file}`);
  } finally {
    await database?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
