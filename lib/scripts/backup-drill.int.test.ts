// The backup drill: the `--scale 10` dataset is backed up while the app keeps writing, restored into an empty
// database, and every table of the restore matches the backup's snapshot, row for row. Each write changes a
// commitment and adds its audit row in one transaction, so a backup that tore a transaction apart would show it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childProcessEnv } from "@/lib/env";
import { backupDatabase } from "./backup-database";
import { applicationTables, tableChecksum } from "./backup-format";
import { restoreDatabase } from "./restore-database";
import { bin, runOrThrow } from "./run";
import { openEmbeddedPostgres } from "./embedded-postgres";
import { createMigratedDatabase, dropDatabase, type TestServer } from "./test-database";

// The embedded server is what `npm run backup` backs up: the drill runs on one of its own (the restore loads rows
// as its superuser, with foreign-key triggers off), whatever server the rest of the tests use.
let server: TestServer;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wps-drill-")), "drill.jsonl.gz");
const made: string[] = [];
let source: string;
let target: string;

beforeAll(async () => {
  const embedded = await openEmbeddedPostgres({ name: "drill-postgres", holder: "the backup drill" });
  server = { adminUrl: embedded.adminUrl, stop: embedded.close };
  const base = childProcessEnv({ DATABASE_URL: undefined });
  const [from, to] = [
    await createMigratedDatabase(server, "drill_source", base),
    await createMigratedDatabase(server, "drill_target", base),
  ];
  made.push(from.name, to.name);
  [source, target] = [from.url, to.url];
  await runOrThrow(bin("tsx"), ["lib/scripts/seed.ts", "--scale", "10"], childProcessEnv({ DATABASE_URL: source }));
}, 10 * 60_000);

afterAll(async () => {
  for (const name of made) await dropDatabase(server, name);
  await server.stop();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe("backup and restore", () => {
  it(
    "backs up the --scale 10 data set while writes go on, and restores every table exactly",
    async () => {
      const client = new pg.Client({ connectionString: source });
      await client.connect();
      const versions = async (c: pg.ClientBase) =>
        Number((await c.query<{ sum: string }>("SELECT sum(version) AS sum FROM commitments")).rows[0]!.sum);
      const startVersions = await versions(client);

      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          await client.query("BEGIN");
          const { rows } = await client.query<{ id: string; version: number }>(
            "UPDATE commitments SET version = version + 1 WHERE id = (SELECT id FROM commitments ORDER BY random() LIMIT 1) RETURNING id, version",
          );
          await client.query(
            "INSERT INTO audit_log (actor_label, action, entity_type, entity_id, after) VALUES ('system:drill', 'drill', 'commitment', $1, $2)",
            [rows[0]!.id, JSON.stringify({ version: rows[0]!.version })],
          );
          await client.query("COMMIT");
          written++;
        }
      })();
      while (written < 20) await new Promise((resolve) => setTimeout(resolve, 20));
      const writtenBefore = written;
      const header = await backupDatabase(source, file);
      const writtenAfter = written;
      writing = false;
      await writer;
      await client.end();
      expect(writtenAfter, "writes went on during the backup").toBeGreaterThan(writtenBefore);

      await restoreDatabase(target, file);
      const restored = new pg.Client({ connectionString: target });
      await restored.connect();
      try {
        const tables = await applicationTables(restored);
        expect(tables.map((table) => table.name)).toEqual(header.tables.map((table) => table.name));
        for (const table of header.tables) {
          expect(await tableChecksum(restored, table.name), table.name).toEqual({
            rows: table.rows,
            checksum: table.checksum,
          });
        }
        expect(header.tables.find((table) => table.name === "commitments")!.rows).toBeGreaterThanOrEqual(2_500);
        // Every drill transaction is in the restore whole, or not at all, and all those before the backup are.
        const drills = Number(
          (await restored.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'drill'")).rows[0]!
            .n,
        );
        expect(drills).toBeGreaterThanOrEqual(writtenBefore);
        expect(drills).toBeLessThanOrEqual(writtenAfter);
        expect((await versions(restored)) - startVersions).toBe(drills);
        // Sequences carry on after the restored rows: the next audit row does not collide.
        await restored.query(
          "INSERT INTO audit_log (actor_label, action, entity_type) VALUES ('system:drill', 'after', 'x')",
        );
      } finally {
        await restored.end();
      }
    },
    10 * 60_000,
  );

  it("refuses to restore into a database that is not empty", async () => {
    await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
  });
});
