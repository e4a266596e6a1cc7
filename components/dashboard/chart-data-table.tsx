import { Link } from "@/lib/i18n/navigation";
import { getFormatter } from "next-intl/server";
import { filtersToQuery, type CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { ChartCell, ChartColumn, ChartTable, ChartTableRow } from "@/lib/domain/chart-tables";
import { DataTable } from "@/components/public/data-table";

type Props = {
  table: ChartTable;
  /** With filters, each row that has a drill-down links to the list of its commitments under the same filters. */
  drillFilters?: CommitmentFilters;
};

/** The chart's table view: the same ChartTable the CSV download serialises, formatted for reading. */
export async function ChartDataTable({ table, drillFilters }: Props) {
  const format = await getFormatter();
  const cell = (value: ChartCell, column: ChartColumn | undefined) => {
    if (value === null) return "–";
    if (typeof value === "string") return value;
    return column?.kind === "percent" ? format.number(value / 100, { style: "percent" }) : format.number(value);
  };
  const row = (entry: ChartTableRow) => ({
    key: entry.key,
    header:
      drillFilters && entry.drill ? (
        <Link href={{ pathname: "/commitments", query: filtersToQuery({ ...drillFilters, ...entry.drill }) }}>
          {entry.label}
        </Link>
      ) : (
        entry.label
      ),
    cells: entry.values.map((value, index) => cell(value, table.columns[index])),
  });
  return (
    <DataTable
      caption={table.caption}
      rowHeader={table.rowHeader}
      columns={table.columns.map((column) => ({
        key: column.key,
        header: column.header,
        numeric: column.kind !== "text",
      }))}
      rows={table.rows.map(row)}
      footer={table.footer ? row(table.footer) : undefined}
    />
  );
}
