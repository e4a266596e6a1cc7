import type { ReactNode } from "react";

type DataTableColumn = { key: string; header: ReactNode; numeric?: boolean };
export type DataTableRow = { key: string; header: ReactNode; cells: ReactNode[] };

type Props = {
  /** Also names the scrollable region that holds the table on narrow screens. */
  caption: string;
  /** Header of the first column, whose cells name each row. */
  rowHeader: ReactNode;
  columns: DataTableColumn[];
  rows: DataTableRow[];
  footer?: DataTableRow;
};

/** The numbers behind a chart, as a real table: caption, column and row headers with scope. A row's name (often a
 * member's Latin name on an Arabic page) is isolated so its punctuation stays with it. */
export function DataTable({ caption, rowHeader, columns, rows, footer }: Props) {
  const cellClass = (numeric?: boolean) => `border-b border-line px-3 py-2 ${numeric ? "text-end tabular-nums" : ""}`;
  const renderRow = (row: DataTableRow) => (
    <tr key={row.key}>
      <th scope="row" className="border-b border-line px-3 py-2 text-start font-medium">
        <bdi>{row.header}</bdi>
      </th>
      {row.cells.map((cell, index) => (
        <td key={columns[index]?.key ?? index} className={cellClass(columns[index]?.numeric)}>
          {cell}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full border-collapse text-sm">
        <caption className="pb-2 text-start font-medium text-ink-muted">{caption}</caption>
        <thead>
          <tr className="bg-paper-raised">
            <th scope="col" className="border-b-2 border-line-strong px-3 py-2 text-start font-semibold">
              {rowHeader}
            </th>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`border-b-2 border-line-strong px-3 py-2 align-bottom font-semibold ${column.numeric ? "text-end" : "text-start"}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(renderRow)}</tbody>
        {footer && <tfoot className="font-semibold">{renderRow(footer)}</tfoot>}
      </table>
    </div>
  );
}
