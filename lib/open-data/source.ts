import { OPEN_DATA_TABLES, type OpenDataTables, type Table, type TableName } from "./columns";

export type RowOf<Name extends TableName> = OpenDataTables[Name] extends Table<infer Row> ? Row : never;

/** Where the downloads read the dataset from: each table as batches of rows, so a file never holds it all. */
export type OpenDataSource = { [Name in TableName]: () => AsyncIterable<RowOf<Name>[]> };

/** The columns of a table, typed by its name. */
export function tableOf<Name extends TableName>(name: Name): Table<RowOf<Name>> {
  return OPEN_DATA_TABLES[name] as unknown as Table<RowOf<Name>>;
}
