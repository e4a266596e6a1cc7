// What an operator of `npm start` sees when things go wrong or when they stop it: health endpoints for the load
// balancer, a killed PostgreSQL or Next.js server restarted (pages recover by themselves), a crash loop ended with
// exit code 1 for the supervisor, SIGTERM finishing the request in flight before the database stops cleanly, and
// `npm run backup` / `npm run restore` on the running app's data.
// The launcher runs as a child process on its own data directory (lib/testing/launcher-process.ts). Its first start
// builds the app when the build is not current, hence the long first hook.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNpmScript, startLauncher, waitForStatus, type Launcher } from "@/lib/testing/launcher-process";
import { RESTART_LIMIT } from "./restart-budget";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "wps-launcher-"));
const lockFile = path.join(dataDir, "postgres", "postmaster.pid");
let port: number;
let launcher: Launcher;

const pidAfter = async (pattern: RegExp, from: number) => Number((await launcher.waitForLine(pattern, { from }))[1]);
/** The process id of the Next.js server the launcher started last. */
const appPid = () =>
  Number(launcher.lines.map((line) => /Next\.js server started \(pid (\d+)\)/.exec(line)?.[1]).findLast(Boolean));

beforeAll(async () => {
  port = await getPort();
  launcher = startLauncher(dataDir, port);
  await launcher.waitForLine(/is running at/, { timeoutMs: 15 * 60_000 });
}, 16 * 60_000);

afterAll(async () => {
  if (launcher.child.exitCode === null) launcher.child.kill("SIGTERM");
  await launcher.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("npm start, supervised", () => {
  it("answers /healthz and /readyz in machine text, never cached", async () => {
    for (const [route, body] of [
      ["/healthz", "ok\n"],
      ["/readyz", "ready\n"],
    ] as const) {
      const response = await fetch(`${launcher.url}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(await response.text()).toBe(body);
    }
  });

  it("backs up while the app runs (npm run backup) and restores into an empty data directory (npm run restore)", async () => {
    const file = path.join(dataDir, "backup.jsonl.gz");
    const backup = await runNpmScript("backup", [file], dataDir);
    expect(backup.output).toMatch(/Backed up \d+ rows of \d+ tables/);
    expect(backup.code).toBe(0);
    const [, rows, tables] = /Backed up (\d+) rows of (\d+) tables/.exec(backup.output)!;

    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), "wps-restore-"));
    try {
      const restore = await runNpmScript("restore", [file], restoreDir);
      expect(restore.output).toContain(`Restored ${rows} rows of ${tables} tables`);
      expect(restore.code).toBe(0);
      const again = await runNpmScript("restore", [file], restoreDir);
      expect(again.output).toMatch(/is not empty: move it aside/);
      expect(again.code).toBe(1);
    } finally {
      fs.rmSync(restoreDir, { recursive: true, force: true });
    }
  }, 180_000);

  it("restarts PostgreSQL after a kill -9, and pages recover by themselves", async () => {
    const from = launcher.lines.length;
    const postgres = Number((await launcher.waitForLine(/PostgreSQL is running \(pid (\d+)\)/))[1]);
    process.kill(postgres, "SIGKILL");
    const again = await pidAfter(/PostgreSQL is running again \(pid (\d+)\)/, from);
    expect(again).not.toBe(postgres);
    await waitForStatus(`${launcher.url}/readyz`, 200, 30_000);
    await waitForStatus(`${launcher.url}/`, 200, 30_000);
    expect(launcher.child.exitCode).toBeNull();
  }, 90_000);

  it("restarts the Next.js server after a kill -9", async () => {
    const from = launcher.lines.length;
    const app = appPid();
    process.kill(app, "SIGKILL");
    expect(await pidAfter(/Next\.js server started \(pid (\d+)\)/, from)).not.toBe(app);
    await waitForStatus(`${launcher.url}/`, 200, 60_000);
  }, 90_000);

  it("gives up on a server that keeps dying: stops PostgreSQL cleanly and exits 1 for the supervisor", async () => {
    // The previous test used one restart of the budget; each kill here uses another, until it is spent.
    for (let crash = 2; crash <= RESTART_LIMIT + 1; crash++) {
      const from = launcher.lines.length;
      process.kill(appPid(), "SIGKILL");
      if (crash <= RESTART_LIMIT) await launcher.waitForLine(/Next\.js server started/, { from });
    }
    expect(await launcher.exited).toBe(1);
    expect(launcher.lines.join("\n")).toMatch(/stopping everything \(exit code 1\)/);
    // PostgreSQL removes its lock file only when it shuts down cleanly (after a checkpoint).
    expect(fs.existsSync(lockFile)).toBe(false);
  }, 120_000);

  it(
    "on SIGTERM refuses new connections, finishes the request in flight, then stops PostgreSQL cleanly",
    async () => {
      launcher = startLauncher(dataDir, port);
      await launcher.waitForLine(/is running at/, { timeoutMs: 5 * 60_000 });
      // A request in flight: its headers are in, its body is still coming. It is a sign-in with a wrong password, so
      // answering it needs the database: it must still be running when the request finishes.
      const csrf = await fetch(`${launcher.url}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers
        .getSetCookie()
        .map((line) => line.split(";")[0])
        .join("; ");
      const body = new URLSearchParams({ csrfToken, email: "someone@example.org", password: "wrong" }).toString();
      const inFlight = net.connect(port, "127.0.0.1");
      const response = new Promise<string>((resolve) => {
        let text = "";
        inFlight.on("data", (chunk) => (text += chunk.toString("utf8")));
        inFlight.on("close", () => resolve(text));
      });
      await new Promise((resolve) => inFlight.once("connect", resolve));
      inFlight.write(
        `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: ${cookie}\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));

      launcher.child.kill("SIGTERM");
      await waitUntilRefused(port);
      inFlight.write(body.slice(10));
      const answer = await response;
      expect(answer).toMatch(/^HTTP\/1\.1 302 /);
      expect(answer).toMatch(/^location: .*error=CredentialsSignin/im);
      expect(await launcher.exited).toBe(0);
      expect(launcher.lines.join("\n")).toMatch(/Stopping the embedded PostgreSQL/);
      expect(fs.existsSync(lockFile)).toBe(false);
    },
    6 * 60_000,
  );
});

/** Resolves once a new connection to `port` is refused: the server stopped listening. */
async function waitUntilRefused(port: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`port ${port} still accepts connections ${timeoutMs} ms after SIGTERM`);
}
