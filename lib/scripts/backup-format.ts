// The backup file of `npm run backup` / `npm run restore`: gzip-compressed lines. The first line is the header (JSON):
// the migrations the schema was at, and each table's columns, row count and checksum taken in the backup's snapshot.
// Then, per table, a line `#<table>` followed by one JSON object per row (PostgreSQL's row_to_json), which
// json_populate_recordset turns back into the exact column types on restore.
import pg from "pg";

export const BACKUP_FORMAT = "wps-commitments-tracker-backup/1";

export type TableInfo = { name: string; columns: string[]; rows: number; checksum: string };

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  tables: TableInfo[];
  sequences: Array<{ name: string; value: string | null }>;
};

export const quoteIdent = (name: string) => pg.escapeIdentifier(name);

/** The application's tables: every table of the public schema but Prisma's migration history (a restore
 * recreates it by migrating). Other schemas (rate_limits) hold counters that expire; they are not backed up. */
export async function applicationTables(client: pg.ClientBase): Promise<Array<{ name: string; columns: string[] }>> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    GROUP BY c.relname ORDER BY c.relname`);
  return rows;
}

/** Row count and an order-independent digest of every row's text, generated columns included. */
export async function tableChecksum(client: pg.ClientBase, table: string): Promise<{ rows: number; checksum: string }> {
  const { rows } = await client.query<{ rows: string; checksum: string | null }>(
    `SELECT count(*) AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS checksum
     FROM (SELECT md5(t::text) AS h FROM ${quoteIdent(table)} t) digests`,
  );
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum ?? "" };
}

/** The migrations applied to the database, by name, in order. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}
