// The JSON download: the data package's metadata, then each table as an array of records keyed by column name
// (numbers and booleans as JSON numbers and booleans, dates as YYYY-MM-DD, datetimes as ISO 8601 UTC, absent = null).
// Written piece by piece, one batch of records at a time.
import { jsonCell } from "./cells";
import { TABLE_NAMES, type ColumnContext, type Table, type TableName } from "./columns";
import { DATASET, LICENCE, SOURCES } from "./licence";
import { readAhead } from "./read-ahead";
import { tableOf, type OpenDataSource } from "./source";

function jsonRecord<Row>(table: Table<Row>, row: Row, context: ColumnContext): Record<string, unknown> {
  return Object.fromEntries(
    table.columns.map((column) => [column.name, jsonCell(column.type, column.value(row, context))]),
  );
}

export async function* jsonChunks(
  source: OpenDataSource,
  context: ColumnContext,
  generatedAt: Date,
): AsyncGenerator<string> {
  const head = {
    name: DATASET.name,
    title: DATASET.title,
    description: DATASET.description,
    version: DATASET.version,
    licence: { name: LICENCE.name, title: LICENCE.title, path: LICENCE.path, attribution: LICENCE.attribution },
    sources: SOURCES,
    data_dictionary: context.urls.data("datapackage.json"),
    generated_at: generatedAt.toISOString(),
  };
  // The metadata object, left open so the tables follow as its last members.
  yield JSON.stringify(head).slice(0, -1);
  const tableChunks = <Name extends TableName>(name: Name) => jsonTableChunks(tableOf(name), source[name](), context);
  for (const name of TABLE_NAMES) yield* tableChunks(name);
  yield "}\n";
}

/** `,"<table name>":[<records>]`: one table as the next member of an open JSON object, one batch at a time. */
export async function* jsonTableChunks<Row>(
  table: Table<Row>,
  batches: AsyncIterable<Row[]>,
  context: ColumnContext,
): AsyncGenerator<string> {
  yield `,${JSON.stringify(table.name)}:[`;
  let first = true;
  for await (const batch of readAhead(batches)) {
    if (batch.length === 0) continue;
    yield (first ? "\n" : ",\n") + batch.map((row) => JSON.stringify(jsonRecord(table, row, context))).join(",\n");
    first = false;
  }
  yield "]";
}
