// `npm start` (production server) and `npm run dev` (hot reload): one command from a fresh clone to a running app.
// Starts the embedded PostgreSQL unless DATABASE_URL is set, applies migrations, seeds an empty database, builds
// when the build is not current, then runs Next.js until Ctrl-C, and stops everything cleanly.
import { parseEnv, readLauncherEnv } from "@/lib/env";
import { hasCurrentBuild, recordBuild, sourceFingerprint } from "./build-fingerprint";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";
import { readLocalSecrets } from "./local-secrets";
import { bin, runOrThrow, startService, stopService, waitForHttp } from "./run";
import { printDemoAccounts } from "./print-demo-accounts";

const dev = process.argv.includes("--dev");

const shutdownTasks: Array<() => Promise<void>> = [];
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const task of shutdownTasks.reverse()) await task().catch(() => {});
  process.exit(code);
}

async function main() {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const launcher = readLauncherEnv();
  let database: RunningDatabase | undefined;

  if (!launcher.DATABASE_URL) {
    log("Starting the embedded PostgreSQL (data in .data/postgres)…");
    database = await startEmbeddedPostgres();
    shutdownTasks.push(async () => {
      log("Stopping the embedded PostgreSQL…");
      await database!.stop();
    });
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

  const app = startService(bin("next"), [dev ? "dev" : "start", "--port", String(launcher.PORT)], childEnv);
  shutdownTasks.push(() => stopService(app));
  app.on("exit", (code) => void shutdown(code ?? 0));
  await waitForHttp(`http://127.0.0.1:${launcher.PORT}/`);
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
