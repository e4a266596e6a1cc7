import "server-only";
import { getCurrentCycle } from "@/lib/data/public/get-current-cycle";
import { isoDay } from "@/lib/domain/iso-day";
import type { TableName } from "@/lib/open-data/columns";
import type { CsvRecordsContext } from "@/lib/open-data/downloads";
import { commitmentsCsvSql, type CsvSqlContext } from "./commitments-csv-sql";
import { copyCsvRecords } from "./copy-csv";
import { updatesCsvSql } from "./updates-csv-sql";

/** The big tables' CSV files come from COPY (decision 0007); the small ones are written from their rows. */
const CSV_SQL: Partial<Record<TableName, (context: CsvSqlContext) => string>> = {
  commitments: commitmentsCsvSql,
  updates: updatesCsvSql,
};

/** A table's CSV records (no header) straight from PostgreSQL, or null for a table written from its rows. */
export function openDataCsvRecords(name: TableName, { urls, generatedAt }: CsvRecordsContext) {
  const sql = CSV_SQL[name];
  if (!sql) return null;
  const today = isoDay(generatedAt);
  return (async function* () {
    // The cycles the rows written in TypeScript are computed with (./compute-context.ts).
    yield* copyCsvRecords(sql({ urls, today, cycles: await getCurrentCycle() }));
  })();
}
