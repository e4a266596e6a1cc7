// The Frictionless Data Package descriptor (datapackage.json): the machine-readable data dictionary of the CSV
// files, generated from the same column definitions that write them. https://specs.frictionlessdata.io/
import { TABLE_NAMES, type Column, type Table } from "./columns";
import { DATASET, LICENCE, SOURCES } from "./licence";
import { tableOf } from "./source";
import type { PublicUrls } from "./urls";

type FieldDescriptor = {
  name: string;
  type: Column<unknown>["type"];
  format?: string;
  description: string;
  constraints?: Column<unknown>["constraints"];
};

function fieldDescriptor(column: Omit<Column<never>, "value">): FieldDescriptor {
  return {
    name: column.name,
    type: column.type,
    ...(column.format ? { format: column.format } : {}),
    description: column.description,
    ...(column.constraints ? { constraints: column.constraints } : {}),
  };
}

function resource(table: Table<never>) {
  return {
    profile: "tabular-data-resource",
    name: table.name,
    // Relative to this descriptor, so the package also works from a mirror or a local copy of the files.
    path: `${table.name}.csv`,
    title: table.title,
    description: table.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.columns.map(fieldDescriptor),
      missingValues: [""],
      primaryKey: table.primaryKey,
      foreignKeys: table.foreignKeys,
    },
  };
}

export function dataPackage(urls: PublicUrls) {
  return {
    profile: "tabular-data-package",
    name: DATASET.name,
    title: DATASET.title,
    description:
      `${DATASET.description} Text cells of the CSV files that start with = + - @, a tab or a carriage return are ` +
      "prefixed with a single quote so that spreadsheets do not run them as formulas; the XLSX and JSON downloads " +
      "hold the same tables without that prefix.",
    version: DATASET.version,
    homepage: urls.at("/data"),
    licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
    sources: SOURCES.map(({ title }) => ({ title })),
    keywords: ["women, peace and security", "UNSCR 1325", "commitments", "accountability"],
    resources: TABLE_NAMES.map((name) => resource(tableOf(name) as unknown as Table<never>)),
  };
}
