// The launcher's children and how they end. Stopping (Ctrl-C, SIGTERM, a failure) runs the shutdown tasks in reverse
// order of registration: the app before the database. A child that crashes is restarted within a budget
// (./restart-budget.ts); past it, everything stops and the launcher exits 1.
import type { ChildProcess } from "node:child_process";
import type { ServerProcess } from "./embedded-postgres";
import { restartBudget } from "./restart-budget";
import { startService, stopService } from "./run";

type Log = (message: string) => void;

const shutdownTasks: Array<() => Promise<void>> = [];
let shuttingDown = false;

export function onShutdown(task: () => Promise<void>) {
  shutdownTasks.push(task);
}

export async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const task of shutdownTasks.reverse()) await task().catch(() => {});
  process.exit(code);
}

/**
 * SIGINT (Ctrl-C), SIGTERM (a supervisor) and SIGHUP (the terminal closed) stop everything, in order. embedded-postgres
 * installs handlers of its own (async-exit-hook) that stop the database at once and exit 143, while the app is still
 * finishing its requests: ours replace them. Call after embedded-postgres is imported.
 */
export function stopOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
}

/**
 * A child that was asked to stop (SIGTERM or SIGINT from a supervisor that signals every process of the service, as
 * systemd does; PostgreSQL then exits 0, Next.js 143 or 130) means "stop everything"; anything else is a crash.
 */
function askedToStop(code: number | null, signal: NodeJS.Signals | null): boolean {
  return code === 0 || code === 130 || code === 143 || signal === "SIGTERM" || signal === "SIGINT";
}

/** Restarts the embedded PostgreSQL when it dies; the app's connection pools reconnect by themselves. */
export function superviseDatabase(database: ServerProcess, log: Log) {
  const mayRestart = restartBudget();
  database.onExit((code, signal) => {
    if (shuttingDown) return;
    if (askedToStop(code, signal)) return void shutdown(0);
    if (!mayRestart()) return giveUp("PostgreSQL stopped unexpectedly again", log);
    log("PostgreSQL stopped unexpectedly; restarting it…");
    database.restart().then(
      () => log(`PostgreSQL is running again (pid ${database.pid()}).`),
      (error: unknown) => giveUp(`PostgreSQL did not start again: ${String(error)}`, log),
    );
  });
}

/** Runs the app server (`command args`) and starts it again when it dies on its own. */
export function superviseApp(command: string, args: string[], env: NodeJS.ProcessEnv, log: Log) {
  const mayRestart = restartBudget();
  let app: ChildProcess;
  const launch = () => {
    app = startService(command, args, env);
    log(`Next.js server started (pid ${app.pid}).`);
    app.once("exit", (code, signal) => {
      if (shuttingDown) return;
      if (askedToStop(code, signal)) return void shutdown(0);
      if (!mayRestart()) return giveUp(`The Next.js server exited again (${signal ?? `code ${code}`})`, log);
      log(`The Next.js server exited (${signal ?? `code ${code}`}); restarting it…`);
      launch();
    });
  };
  launch();
  onShutdown(() => stopService(app));
}

function giveUp(reason: string, log: Log) {
  log(`${reason}: stopping everything (exit code 1) for the supervisor to act.`);
  void shutdown(1);
}
