// The SELECT list of a table's CSV file written by COPY (./copy-csv.ts): each column's SQL value, in the table's
// order, written as the TypeScript writer writes a cell of its type (lib/open-data/cells.ts), so both give the same
// bytes: text through csv_text (formula neutralised, empty as no value), dates as YYYY-MM-DD, datetimes as ISO 8601
// in UTC with milliseconds, booleans as true/false, numbers without trailing zeros.
import type { FieldType } from "@/lib/open-data/columns";
import { code } from "@/lib/open-data/codes";

type CsvTable = { name: string; columns: readonly { name: string; type: FieldType }[] };

/**
 * A column's SQL value: text is written through csv_text, except a `verbatim` value, text that by construction is
 * never empty and never starts with a formula character (enum codes, UUIDs, the site's own URLs), which skips it.
 */
export type CellSql = string | { verbatim: string };

export const verbatim = (sql: string): CellSql => ({ verbatim: sql });

/**
 * An enum value as the open data writes it (lib/open-data/codes.ts), from the list of its values: a CASE over them
 * rather than lower(value::text), which costs PostgreSQL several times more per cell over a whole table.
 */
export function codeSql(value: string, values: readonly string[]): CellSql {
  const cases = values.map((each) => `WHEN '${each}' THEN '${code(each)}'`).join(" ");
  return verbatim(`CASE ${value} ${cases} END`);
}

/** A slug of a table whose check constraint keeps it to ^[a-z0-9]+(-[a-z0-9]+)*$: never empty, never a formula. */
export const slugSql = (value: string): CellSql => verbatim(value);

function cellSql(type: FieldType, value: CellSql): string {
  if (typeof value !== "string") return `(${value.verbatim})::text`;
  switch (type) {
    case "string":
      return `csv_text((${value})::text)`;
    case "date":
      // YYYY-MM-DD: the copy pool's connections set DateStyle to ISO (./copy-pool.ts); cheaper than to_char.
      return `(${value})::date::text`;
    case "datetime":
      return `to_char((${value}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "boolean":
      return `(${value})::text`;
    case "number":
      return `trim_scale(${value})`;
    case "integer":
      return value;
  }
}

/** The columns of `table`, each from its SQL value in `values` (every column must have one). */
export function csvSelectList(table: CsvTable, values: Readonly<Record<string, CellSql>>): string {
  return table.columns
    .map((column) => {
      const value = values[column.name];
      if (value === undefined) throw new Error(`${table.name}.csv has no SQL for its column ${column.name}`);
      return cellSql(column.type, value);
    })
    .join(",\n  ");
}
