// `npm start` (production server) and `npm run dev` (hot reload): one command from a fresh clone to a running app.
// Starts the embedded PostgreSQL unless DATABASE_URL is set (commands run meanwhile use it too), applies migrations,
// seeds an empty database, builds when the build is not current, then runs Next.js until Ctrl-C or SIGTERM, and
// stops everything cleanly: the app first (it stops accepting connections and finishes the requests in flight), then
// the database.
//
// Supervision (./supervise.ts): a child that crashes (a `kill -9`) is restarted; after RESTART_LIMIT crashes within
// five minutes the launcher stops everything and exits 1 for its supervisor.
import { childProcessEnv, parseEnv, readLauncherEnv } from "@/lib/env";
import { buildWhenChanged } from "./build-fingerprint";
import { appSettings } from "./app-settings";
import { applyMigrations } from "./apply-migrations";
import { openEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { bin, PRODUCTION_SERVER, runOrThrow, waitForHttp } from "./run";
import { printDemoAccounts } from "./print-demo-accounts";
import { onShutdown, shutdown, stopOnSignals, superviseApp, superviseDatabase } from "./supervise";

const dev = process.argv.includes("--dev");

async function main() {
  stopOnSignals();
  const launcher = readLauncherEnv();
  let database: EmbeddedDatabase | undefined;

  if (!launcher.DATABASE_URL) {
    log("Starting the embedded PostgreSQL…");
    database = await openEmbeddedPostgres({ holder: dev ? "npm run dev" : "npm start", shared: true, log });
    onShutdown(async () => {
      log("Stopping the embedded PostgreSQL…");
      await database!.close();
    });
    if (database.server) {
      log(`PostgreSQL is running (pid ${database.server.pid()}).`);
      superviseDatabase(database.server, log);
    }
  }
  const settings = appSettings(launcher, { embeddedUrl: database?.url, dev });
  const childEnv = childProcessEnv({
    ...settings,
    NEXTAUTH_URL: settings.APP_URL,
    PORT: String(launcher.PORT),
    NODE_ENV: dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  parseEnv(childEnv); // stop here, naming the setting, rather than fail on the first request

  log("Applying database migrations…");
  if ((await applyMigrations(childEnv, "inherit")).length === 0) log("The database has every migration.");
  await runOrThrow(
    bin("tsx"),
    ["lib/scripts/seed.ts", ...(launcher.DEMO_DATA === "0" ? ["--without-demo"] : [])],
    childEnv,
  );

  if (!dev) await buildWhenChanged(childEnv, () => log("Building the app (first start or sources changed)…"));

  const port = ["--port", String(launcher.PORT)];
  // Production serves public pages from the full-page cache (docs/decisions/0021-full-page-cache.md).
  if (dev) superviseApp(bin("next"), ["dev", ...port], childEnv, log);
  else superviseApp(process.execPath, [PRODUCTION_SERVER, ...port], childEnv, log);
  await waitForHttp(`http://127.0.0.1:${launcher.PORT}/healthz`);
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
