// The settings the app and its commands receive from the launcher: which database, which session secret, which
// public URL. `npm start` hands them to Next.js; commands (lib/scripts/command-database.ts) to their own process.
import type { LauncherEnv } from "@/lib/env";
import { readLocalSecrets } from "./local-secrets";

export type AppSettings = { DATABASE_URL: string; AUTH_SECRET: string; APP_URL: string };

/**
 * `embeddedUrl` is the embedded database's URL when DATABASE_URL is unset. The generated secret stands in for
 * AUTH_SECRET on the embedded database and in development; with an operator's database it must be configured.
 */
export function appSettings(launcher: LauncherEnv, options: { embeddedUrl?: string; dev?: boolean }): AppSettings {
  const databaseUrl = launcher.DATABASE_URL ?? options.embeddedUrl;
  if (!databaseUrl) throw new Error("No database: DATABASE_URL is unset and the embedded PostgreSQL is not running.");
  const localSecretAllowed = !launcher.DATABASE_URL || options.dev;
  const authSecret = launcher.AUTH_SECRET ?? (localSecretAllowed ? readLocalSecrets().authSecret : undefined);
  if (!authSecret) {
    throw new Error(
      "Invalid configuration:\n  - AUTH_SECRET: required when DATABASE_URL is set (at least 32 characters).",
    );
  }
  return {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    APP_URL: launcher.APP_URL ?? `http://localhost:${launcher.PORT}`,
  };
}
