// Fresh, migrated databases for a test run, on the embedded PostgreSQL or on the server DATABASE_URL points at.
import crypto from "node:crypto";
import pg from "pg";
import { openEmbeddedPostgres } from "./embedded-postgres";
import { bin, runOrThrow } from "./run";

export type TestServer = { adminUrl: string; stop: () => Promise<void> };

/** `holder` names the run ("npm test") to another run that has to wait for this one's embedded server. */
export async function startTestServer(databaseUrl: string | undefined, holder: string): Promise<TestServer> {
  if (databaseUrl) return { adminUrl: databaseUrl, stop: async () => {} };
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const embedded = await openEmbeddedPostgres({ name: "test-postgres", holder, log });
  return { adminUrl: embedded.adminUrl, stop: embedded.close };
}

/** Creates an empty database named after its purpose and applies every migration. Returns its URL. */
export async function createMigratedDatabase(server: TestServer, purpose: string, env: NodeJS.ProcessEnv) {
  const name = `wps_${purpose}_${crypto.randomBytes(4).toString("hex")}`;
  await admin(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], { ...env, DATABASE_URL: url.toString() });
  return { name, url: url.toString() };
}

export async function dropDatabase(server: TestServer, name: string) {
  await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function admin(server: TestServer, sql: string) {
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
