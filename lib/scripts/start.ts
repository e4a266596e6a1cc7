// `npm start` (production server) and `npm run dev` (hot reload): one command from a fresh clone to a running app.
// Starts the embedded PostgreSQL unless DATABASE_URL is set (commands run meanwhile use it too), applies migrations, seeds an empty database, builds
// when the build is not current, then runs Next.js until Ctrl-C, and stops everything cleanly.
import { parseEnv, readLauncherEnv } from "@/lib/env";
import { hasCurrentBuild, recordBuild, sourceFingerprint } from "./build-fingerprint";
import { appSettings } from "./app-settings";
import { applyMigrations } from "./apply-migrations";
import { openEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
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
  let database: EmbeddedDatabase | undefined;

  if (!launcher.DATABASE_URL) {
    log("Starting the embedded PostgreSQL…");
    database = await openEmbeddedPostgres({ holder: dev ? "npm run dev" : "npm start", shared: true, log });
    shutdownTasks.push(async () => {
      log("Stopping the embedded PostgreSQL…");
      await database!.close();
    });
  }
  const settings = appSettings(launcher, { embeddedUrl: database?.url, dev });
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    NEXTAUTH_URL: settings.APP_URL,
    PORT: String(launcher.PORT),
    NODE_ENV: dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  parseEnv(childEnv); // stop here, naming the setting, rather than fail on the first request

  log("Applying database migrations…");
  if ((await applyMigrations(childEnv, "inherit")).length === 0) log("The database has every migration.");
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
  log(`\nThe WPS Commitments Tracker is running at ${settings.APP_URL}\n`);
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
