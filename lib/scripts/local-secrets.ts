// Secrets for the zero-configuration local setup, generated once and kept in DATA_DIR (the git-ignored .data folder) so that
// sessions survive restarts. Never used when the operator configures their own values.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readLauncherEnv } from "@/lib/env";

type LocalSecrets = { postgresPassword: string; authSecret: string };

export function readLocalSecrets(): LocalSecrets {
  const file = path.resolve(readLauncherEnv().DATA_DIR, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    postgresPassword: crypto.randomBytes(18).toString("base64url"),
    authSecret: crypto.randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
