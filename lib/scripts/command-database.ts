// The one way a command (`npm run db:seed`, `reminders`, `prune`) gets its database, so that it works wherever
// `npm start` works: DATABASE_URL when it is set; otherwise the embedded PostgreSQL, the app's own while `npm start`
// runs it, or started for the duration of the command (migrated, as `npm start` would) and stopped after.
import { applySettings, childProcessEnv, readLauncherEnv } from "@/lib/env";
import { appSettings } from "./app-settings";
import { applyMigrations } from "./apply-migrations";
import { openEmbeddedPostgres } from "./embedded-postgres";

/**
 * Runs `body` with the app's settings (DATABASE_URL, AUTH_SECRET, APP_URL) in process.env, where lib/env reads them:
 * import lib/db and the modules that use it only inside `body`. Messages about the database go to stderr, so a
 * command's stdout stays its report.
 */
export async function withCommandDatabase<T>(command: string, body: () => Promise<T>): Promise<T> {
  const launcher = readLauncherEnv();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const embedded = launcher.DATABASE_URL ? undefined : await openEmbeddedPostgres({ holder: command, log });
  try {
    if (embedded?.startedHere) {
      log("Started the embedded PostgreSQL for this command; it stops when the command ends.");
      await applyMigrations(childProcessEnv({ DATABASE_URL: embedded.url }), "on-failure");
    }
    applySettings(appSettings(launcher, { embeddedUrl: embedded?.url }));
    return await body();
  } finally {
    await embedded?.close();
  }
}
