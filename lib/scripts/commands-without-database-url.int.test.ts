// The commands the README gives (`npm run db:seed`, `reminders`, `digests`, `prune`) on a machine set up with nothing but
// `npm install && npm start`: no DATABASE_URL, no AUTH_SECRET. Each uses the embedded PostgreSQL: the app's while it
// runs, else its own for the duration of the command; never a second server on the same data. The data folder is a
// temporary one (EMBEDDED_DATA_DIR), so the developer's .data is never touched.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childProcessEnv } from "@/lib/env";
import { openEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

const COMMANDS = [
  { script: "prune", args: ["--dry-run"], report: /^Would delete \d+ sign-in attempts/m },
  // Its report opens with the day; what follows depends on the day and on the open cycle.
  { script: "reminders", args: ["--dry-run"], report: /^\d{4}-\d{2}-\d{2}: /m },
  { script: "digests", args: ["--dry-run"], report: /^Would send \d+ digest\(s\)\.$/m },
  { script: "db:seed", args: ["--scale", "1"], report: /^Scale 1: 5 fictional members, 250 commitments/m },
] as const;

let dataDir: string;
let commandEnv: Record<string, string | undefined>;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "wps-commands-"));
  fs.chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when the tests run as root
  // What a fresh `npm install && npm start` machine has: none of the settings `npm test` gives this process.
  commandEnv = childProcessEnv({ EMBEDDED_DATA_DIR: dataDir });
  for (const name of ["DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "APP_URL", "NODE_ENV"]) delete commandEnv[name];
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("commands without DATABASE_URL", () => {
  it("start the embedded database for themselves when the app is not running, and stop it after", async () => {
    for (const command of COMMANDS) {
      const result = await runCommand(command.script, command.args).finished;
      expect(result.stderr).toContain("Started the embedded PostgreSQL for this command");
      expect(result.stdout).toMatch(command.report);
      expect(result.code).toBe(0);
      expect(serverFiles()).toEqual([]);
    }
  }, 240_000);

  it("use the app's embedded database while `npm start` runs it, and leave it running", async () => {
    const app = await openEmbeddedPostgres({ holder: "npm start", shared: true, dataDir });
    try {
      const before = await countCommitments(app);
      for (const command of COMMANDS) {
        const result = await runCommand(command.script, command.args).finished;
        expect(result.stderr).toContain(`Using the embedded PostgreSQL of npm start (process ${process.pid})`);
        expect(result.stdout).toMatch(command.report);
        expect(result.code).toBe(0);
      }
      // The seed wrote into the app's database, which still answers.
      expect(await countCommitments(app)).toBe(before + 250);
    } finally {
      await app.close();
    }
    expect(serverFiles()).toEqual([]);
  }, 240_000);

  it("wait for another command's embedded database to stop instead of starting a second server on its data", async () => {
    const seed = await openEmbeddedPostgres({ holder: "npm run db:seed", dataDir });
    const prune = runCommand("prune", ["--dry-run"]);
    try {
      await prune.printed(`Waiting for npm run db:seed (process ${process.pid}) to finish`);
    } finally {
      await seed.close();
    }
    const result = await prune.finished;
    expect(result.stderr).toContain("Started the embedded PostgreSQL for this command");
    expect(result.code).toBe(0);
  }, 240_000);

  it("keep their exit codes", async () => {
    const result = await runCommand("prune", ["--every-day"]).finished;
    expect(result.stderr).toContain('Unknown option "--every-day"');
    expect(result.code).toBe(2);
  }, 60_000);

  it("refuse a second `npm start` on the same data", async () => {
    const app = await openEmbeddedPostgres({ holder: "npm start", shared: true, dataDir });
    try {
      await expect(openEmbeddedPostgres({ holder: "npm run dev", shared: true, dataDir })).rejects.toThrow(
        `npm start (process ${process.pid}) is already running the embedded PostgreSQL`,
      );
    } finally {
      await app.close();
    }
  }, 60_000);
});

type Finished = { code: number | null; stdout: string; stderr: string };

/** `npm run <script> -- <args>` as a developer types it, in the repository, with the fresh machine's environment. */
function runCommand(script: string, args: readonly string[]) {
  const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: commandEnv as NodeJS.ProcessEnv });
  let stdout = "";
  let stderr = "";
  const waiting: Array<{ text: string; resolve: () => void }> = [];
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of waiting.filter((entry) => stderr.includes(entry.text))) waiter.resolve();
  });
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  return {
    finished,
    /** Resolves once the command has written `text` to stderr; rejects if it ends first. */
    printed: (text: string) =>
      Promise.race([
        new Promise<void>((resolve) => {
          if (stderr.includes(text)) resolve();
          else waiting.push({ text, resolve });
        }),
        finished.then((result) => {
          throw new Error(`The command ended without printing "${text}":\n${result.stdout}${result.stderr}`);
        }),
      ]),
  };
}

/** The owner record and PostgreSQL's lock file exist exactly while a server runs on the data folder. */
function serverFiles(): string[] {
  return ["postgres.owner.json", "postgres/postmaster.pid"].filter((file) => fs.existsSync(path.join(dataDir, file)));
}

async function countCommitments(database: EmbeddedDatabase): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>("SELECT count(*) FROM commitments");
    return Number(result.rows[0]!.count);
  } finally {
    await client.end();
  }
}
