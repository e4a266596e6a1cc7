// A consistent online backup through the driver (the embedded server ships no pg_dump): every table is read in ONE
// read-only REPEATABLE READ transaction, so the file is the database at one instant however much the app writes
// meanwhile, and nothing is locked against those writes.
import fs from "node:fs";
import { once } from "node:events";
import zlib from "node:zlib";
import pg from "pg";
import {
  BACKUP_FORMAT,
  appliedMigrations,
  applicationTables,
  quoteIdent,
  tableChecksum,
  type BackupHeader,
} from "./backup-format";

const BATCH = 2_000;

export async function backupDatabase(url: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  const out = zlib.createGzip();
  const done = out.pipe(fs.createWriteStream(partial));
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = [];
    for (const table of await applicationTables(client)) {
      tables.push({ ...table, ...(await tableChecksum(client, table.name)) });
    }
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      "SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'",
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables,
      sequences,
    };
    await write(JSON.stringify(header));
    for (const table of tables) {
      await write(`#${table.name}`);
      const columns = table.columns.map(quoteIdent).join(", ");
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS j
         FROM (SELECT ${columns} FROM ${quoteIdent(table.name)}) r`,
      );
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const row of rows) await write(row.j);
        if (rows.length < BATCH) break;
      }
      await client.query("CLOSE backup_rows");
    }
    await client.query("COMMIT");
    out.end();
    await once(done, "finish");
    fs.renameSync(partial, file);
    return header;
  } catch (error) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
