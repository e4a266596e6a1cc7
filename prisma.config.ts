// Prisma CLI configuration. We run Prisma 6.19 with its JavaScript schema engine so that no native binary has to be
// downloaded (see docs/decisions/0001-prisma-6-js-engine.md). Two adapter-pg bugs are worked around here.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse } from "pg-connection-string";
import { readSetting } from "./lib/env.js";

// Catalogue queries of the schema engine return PostgreSQL-internal column types (char, name, oidvector…) that
// adapter-pg cannot map. Reporting them as text (or text[]) before adapter-pg sees the field list fixes it.
const INTERNAL_TYPES_AS_TEXT: Record<number, number> = {
  18: 25,
  19: 25,
  22: 25,
  24: 25,
  28: 25,
  30: 25,
  194: 25,
  1033: 25,
  3220: 25,
  3361: 25,
  3402: 25,
  1002: 1009,
  1003: 1009,
  1034: 1009,
  2277: 1009,
};
type FieldDescription = { dataTypeID: number };
const ResultProto = (
  pg as unknown as { Result: { prototype: { addFields: (this: unknown, f: FieldDescription[]) => void } } }
).Result.prototype;
const originalAddFields = ResultProto.addFields;
ResultProto.addFields = function addFields(fields: FieldDescription[]) {
  for (const field of fields) {
    const replacement = INTERNAL_TYPES_AS_TEXT[field.dataTypeID];
    if (replacement) field.dataTypeID = replacement;
  }
  return originalAddFields.call(this, fields);
};

function poolConfig(url: string): pg.PoolConfig {
  // Discrete fields, not a connectionString: adapter-pg builds the shadow pool from {...config, database}, and a
  // connectionString would override that database and point the "shadow" at the real one.
  const parsed = parse(url);
  return {
    host: parsed.host ?? "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
  };
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly pgConfig: pg.PoolConfig) {
    super(pgConfig);
  }

  // adapter-pg drops the shadow database before closing its pool ("being accessed by other users"): close first.
  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.pgConfig, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  }
}

// Prisma 6.19's schema validator resolves env("DATABASE_URL") even for `prisma generate`, which never connects; when
// it is unset the CLI falls back to downloading a query-engine binary (unreachable here). A placeholder avoids that;
// commands that do connect use the real value or stop with a clear message.
const configuredUrl = readSetting("DATABASE_URL");
// eslint-disable-next-line no-restricted-properties -- Prisma's schema reads env("DATABASE_URL") itself
process.env.DATABASE_URL ??= "postgresql://unset@localhost:5432/unset";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx lib/scripts/seed.ts" },
  adapter() {
    const url = configuredUrl;
    if (!url) {
      return Promise.reject(
        new Error("DATABASE_URL is not set. Run Prisma through `npm start`, `npm run dev` or `npm test`."),
      );
    }
    return Promise.resolve(new MigrationAdapterFactory(poolConfig(url)));
  },
});
