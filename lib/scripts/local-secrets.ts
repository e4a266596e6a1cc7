// Secrets for the zero-configuration local setup, generated once and kept in the git-ignored .data folder so that
// sessions survive restarts. Never used when the operator configures their own values.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

type LocalSecrets = { postgresPassword: string; authSecret: string };

const FILE = path.resolve(".data", "secrets.json");

export function readLocalSecrets(): LocalSecrets {
  if (fs.existsSync(FILE)) return JSON.parse(fs.readFileSync(FILE, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    postgresPassword: crypto.randomBytes(18).toString("base64url"),
    authSecret: crypto.randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
