// Child-process helpers shared by the start and test launchers.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const bin = (name: string) => path.resolve("node_modules", ".bin", name);

/** The production server, `next start` with the full-page cache in front: run it with `node` and `--port`. */
export const PRODUCTION_SERVER = path.resolve("lib", "server", "serve.js");

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} exited with code ${code}`);
}

/** Starts a long-running child in its own process group so that it and its children can be stopped together. */
export function startService(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env, detached: true });
}

export function stopService(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    child.kill(signal);
  }
}

export async function waitForHttp(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
