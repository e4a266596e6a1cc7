// Secrets for the zero-configuration local setup, generated once and kept in the git-ignored data folder (.data) so
// that sessions survive restarts. Never used when the operator configures their own values.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readLauncherEnv } from "@/lib/env";

type LocalSecrets = { postgresPassword: string; authSecret: string };

/** The folder of the embedded setup (EMBEDDED_DATA_DIR, `.data` unless configured), as an absolute path. */
export function embeddedDataDir(): string {
  return path.resolve(readLauncherEnv().EMBEDDED_DATA_DIR);
}

export function readLocalSecrets(dataDir = embeddedDataDir()): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    postgresPassword: crypto.randomBytes(18).toString("base64url"),
    authSecret: crypto.randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  // Written aside and linked into place: two commands started together on a fresh machine must agree on one
  // password, so the second one reads the file the first one created instead of replacing it.
  const draft = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(draft, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
}
