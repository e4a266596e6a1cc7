import { getFormatter } from "next-intl/server";
import { filtersToQuery, type CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { ChartCell, ChartColumn, ChartTable, ChartTableRow } from "@/lib/domain/chart-tables";
import { element, type Markup } from "@/lib/markup/svg-markup";
import { pathInLocale } from "@/lib/i18n/redirect";

/** About the height of a row of the table (text-sm, py-2, a border), for the room it holds before it is drawn. */
const ROW_HEIGHT = 38;

type Props = {
  table: ChartTable;
  /** With filters, each row that has a drill-down links to the list of its commitments under the same filters. */
  drillFilters?: CommitmentFilters;
};

/**
 * The chart's table view: the same ChartTable the CSV download serialises, formatted for reading, with the look and
 * structure of components/public/data-table.tsx (caption, column and row headers with scope, row names isolated).
 * Nothing in it changes in the browser, and the eight tables were most of the dashboard's elements, so it is sent
 * as one string of markup (lib/markup/svg-markup.ts) that React neither repeats in its payload nor hydrates.
 * Its links are plain links for the same reason: a table can have forty, each a component to hydrate and a page to
 * prefetch, for a click that few readers make.
 */
export async function ChartDataTable({ table, drillFilters }: Props) {
  const format = await getFormatter();
  const commitments = await pathInLocale("/commitments");
  const cell = (value: ChartCell, column: ChartColumn | undefined) => {
    if (value === null) return "–";
    if (typeof value === "string") return value;
    return column?.kind === "percent" ? format.number(value / 100, { style: "percent" }) : format.number(value);
  };
  const header = (entry: ChartTableRow): Markup | string => {
    if (!drillFilters || !entry.drill) return entry.label;
    const query = new URLSearchParams(filtersToQuery({ ...drillFilters, ...entry.drill }));
    return element("a", { href: `${commitments}?${query.toString()}` }, entry.label);
  };
  // The body's cells are styled once, on the table, rather than cell by cell: the map's table alone has ~900 cells.
  // Figures are aligned to the end; the few text columns (a date, a code) are set back to the start.
  const textCell = (column: ChartColumn | undefined) => (column?.kind === "text" ? "text-start!" : undefined);
  const row = (entry: ChartTableRow) =>
    element(
      "tr",
      {},
      element("th", { scope: "row" }, element("bdi", {}, header(entry))),
      entry.values.map((value, index) =>
        element("td", { class: textCell(table.columns[index]) }, cell(value, table.columns[index])),
      ),
    );
  const markup = element(
    "table",
    {
      class:
        "w-full border-collapse text-sm [&_td]:border-b [&_td]:border-line [&_td]:px-3 [&_td]:py-2 [&_td]:text-end " +
        "[&_td]:tabular-nums [&_th[scope=row]]:border-b [&_th[scope=row]]:border-line [&_th[scope=row]]:px-3 " +
        "[&_th[scope=row]]:py-2 [&_th[scope=row]]:text-start [&_th[scope=row]]:font-medium",
    },
    element("caption", { class: "pb-2 text-start font-medium text-ink-muted" }, table.caption),
    element(
      "thead",
      {},
      element(
        "tr",
        { class: "bg-paper-raised" },
        element(
          "th",
          { scope: "col", class: "border-b-2 border-line-strong px-3 py-2 text-start font-semibold" },
          table.rowHeader,
        ),
        table.columns.map((column) =>
          element(
            "th",
            {
              scope: "col",
              class: `border-b-2 border-line-strong px-3 py-2 align-bottom font-semibold ${column.kind !== "text" ? "text-end" : "text-start"}`,
            },
            column.header,
          ),
        ),
      ),
    ),
    element("tbody", {}, table.rows.map(row)),
    table.footer && element("tfoot", { class: "font-semibold" }, row(table.footer)),
  );
  // The browser styles and lays out a table only when it comes near the screen: the eight tables are a third of the
  // dashboard's elements and most of its first layout (issue 12). A skipped table stays in the document, for
  // assistive technology, find in page and printing; until then it holds about its height, so the page barely moves.
  const rows = table.rows.length + (table.footer ? 1 : 0);
  return (
    <div
      className="overflow-x-auto [content-visibility:auto]"
      style={{ containIntrinsicBlockSize: `auto ${ROW_HEIGHT * (rows + 2)}px` }}
      tabIndex={0}
      role="region"
      aria-label={table.caption}
      dangerouslySetInnerHTML={{ __html: markup.html }}
    />
  );
}
