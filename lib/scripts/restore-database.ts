// Loads a backup (./backup-database.ts) into a freshly migrated, empty database at the same migrations, then checks
// every table against the checksums the backup took: a restore that finishes is a restore that is complete.
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";
import pg from "pg";
import {
  BACKUP_FORMAT,
  appliedMigrations,
  applicationTables,
  quoteIdent,
  tableChecksum,
  type BackupHeader,
  type TableInfo,
} from "./backup-format";

const BATCH = 1_000;

export async function restoreDatabase(url: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Made only now: lines read before the loop below starts iterating would be lost.
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()) });
  try {
    let header: BackupHeader | undefined;
    let table: TableInfo | undefined;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const columns = table.columns.map(quoteIdent).join(", ");
      await client.query(
        `INSERT INTO ${quoteIdent(table.name)} (${columns})
         SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
        [`[${batch.join(",")}]`],
      );
      batch = [];
    };
    for await (const line of lines) {
      if (!header) {
        header = JSON.parse(line) as BackupHeader;
        await begin(client, header);
      } else if (line.startsWith("#")) {
        await flush();
        table = header.tables.find((candidate) => candidate.name === line.slice(1));
        if (!table) throw new Error(`The backup holds rows of "${line.slice(1)}", which its header does not list.`);
      } else {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    if (!header) throw new Error(`${file} is empty.`);
    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2, $3)", [
        quoteIdent(sequence.name),
        sequence.value ?? 1,
        sequence.value !== null,
      ]);
    }
    await verify(client, header);
    await client.query("COMMIT");
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

/** Checks the target before the first row goes in, and opens the one transaction the whole load runs in. */
async function begin(client: pg.Client, header: BackupHeader) {
  if (header.format !== BACKUP_FORMAT) throw new Error(`Not a backup of this app (format "${String(header.format)}").`);
  const migrations = await appliedMigrations(client);
  if (migrations.join("\n") !== header.migrations.join("\n")) {
    throw new Error(
      "The database's migrations differ from the backup's: restore with the release that made the backup " +
        `(its last migration: ${header.migrations.at(-1)}), then start the newer release to migrate.`,
    );
  }
  const tables = await applicationTables(client);
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(name)} LIMIT 1`);
    if (rows.length > 0) throw new Error(`The target database is not empty ("${name}" has rows).`);
  }
  await client.query("BEGIN");
  // Rows arrive table by table, not in foreign-key order, so foreign-key triggers are off during the load: the rows
  // come from one consistent snapshot, in which every reference held, and verify() compares every table after.
  await client.query("SET LOCAL session_replication_role = replica");
}

async function verify(client: pg.Client, header: BackupHeader) {
  await client.query("SET LOCAL session_replication_role = DEFAULT");
  for (const table of header.tables) {
    const found = await tableChecksum(client, table.name);
    if (found.rows !== table.rows || found.checksum !== table.checksum) {
      throw new Error(`"${table.name}" restored ${found.rows} rows that do not match the backup's ${table.rows}.`);
    }
  }
}
