// `npm start` (production server) and `npm run dev` (hot reload): one command from a fresh clone to a running app.
// Starts the embedded PostgreSQL unless DATABASE_URL is set, applies migrations, seeds an empty database, builds
// when the build is not current, then runs Next.js until Ctrl-C or SIGTERM, and stops everything cleanly: the app
// first (it stops accepting connections and finishes the requests in flight), then the database.
//
// Supervision (lib/scripts/supervise.ts): a child that dies on its own (a crash, a `kill -9`) is restarted; after
// RESTART_LIMIT crashes within RESTART_WINDOW_MS the launcher stops everything and exits 1 for its supervisor.
import { parseEnv, readLauncherEnv } from "@/lib/env";
import { hasCurrentBuild, recordBuild, sourceFingerprint } from "./build-fingerprint";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";
import { readLocalSecrets } from "./local-secrets";
import { bin, runOrThrow, waitForHttp } from "./run";
import { printDemoAccounts } from "./print-demo-accounts";
import { onShutdown, shutdown, stopOnSignals, superviseApp, superviseDatabase } from "./supervise";

const dev = process.argv.includes("--dev");

async function main() {
  stopOnSignals();
  const launcher = readLauncherEnv();
  let database: RunningDatabase | undefined;

  if (!launcher.DATABASE_URL) {
    log(`Starting the embedded PostgreSQL (data in ${launcher.DATA_DIR}/postgres)…`);
    database = await startEmbeddedPostgres();
    onShutdown(async () => {
      log("Stopping the embedded PostgreSQL…");
      await database!.stop();
    });
    log(`PostgreSQL is running (pid ${database.pid()}).`);
    superviseDatabase(database, log);
  }
  const authSecret = launcher.AUTH_SECRET ?? (database || dev ? readLocalSecrets().authSecret : undefined);
  if (!authSecret) {
    throw new Error(
      "Invalid configuration:\n  - AUTH_SECRET: required when DATABASE_URL is set (at least 32 characters).",
    );
  }
  const appUrl = launcher.APP_URL ?? `http://localhost:${launcher.PORT}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: launcher.DATABASE_URL ?? database!.url,
    AUTH_SECRET: authSecret,
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    PORT: String(launcher.PORT),
    NODE_ENV: dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  parseEnv(childEnv); // stop here, naming the setting, rather than fail on the first request

  log("Applying database migrations…");
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], childEnv);
  await runOrThrow(
    bin("tsx"),
    ["lib/scripts/seed.ts", ...(launcher.DEMO_DATA === "0" ? ["--without-demo"] : [])],
    childEnv,
  );

  if (!dev && !hasCurrentBuild()) {
    log("Building the app (first start or sources changed)…");
    const fingerprint = sourceFingerprint();
    await runOrThrow(bin("next"), ["build"], childEnv);
    recordBuild(fingerprint);
  }

  superviseApp([dev ? "dev" : "start", "--port", String(launcher.PORT)], childEnv, log);
  await waitForHttp(`http://127.0.0.1:${launcher.PORT}/healthz`);
  log(`\nThe WPS Commitments Tracker is running at ${appUrl}\n`);
  if (launcher.DEMO_DATA === "1") printDemoAccounts(log);
  log("\nPress Ctrl-C to stop.");
}

function log(message: string) {
  process.stdout.write(`${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  void shutdown(1);
});
