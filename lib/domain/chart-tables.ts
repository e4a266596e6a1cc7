// The table behind every chart: the same numbers the chart draws, as rows and columns. The dashboard renders it as an
// HTML table and the CSV download serialises it, so "the table", "the chart" and "the file" can never disagree.
import type { ChartData } from "@/lib/data/public/get-chart-data";
import { CHART_MESSAGES } from "./dashboard-charts";
import { FRESHNESS_STATES } from "./freshness";
import { STATUS_CATEGORIES, statusLabelKey } from "./implementation-status";
import { mapMeasureValue } from "./map-scale";
import { wholePercent } from "./percent";
import type { StatusCounts } from "./status-summary";

export type ChartCell = number | string | null;
export type ChartColumn = { key: string; header: string; kind: "count" | "percent" | "text" };
export type ChartTableRow = {
  key: string;
  label: string;
  values: ChartCell[];
  /** URL parameters that narrow the list of commitments to this row (a drill-down link); none for "no group" rows. */
  drill?: Record<string, string>;
};
export type ChartTable = {
  caption: string;
  rowHeader: string;
  columns: ChartColumn[];
  rows: ChartTableRow[];
  footer: ChartTableRow | null;
};

/** A message lookup from the root of the catalogue ("statuses.implementation.COMPLETED", "public.charts.total"). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ChartLabels = { t: Translate; countryName: (iso3: string) => string | null };

export function buildChartTable(data: ChartData, labels: ChartLabels): ChartTable {
  const { t } = labels;
  const messages = `public.charts.${CHART_MESSAGES[data.chart]}`;
  const base = { caption: t(`${messages}.caption`), rowHeader: t(`${messages}.rowHeader`) };
  const count = (key: string, header: string): ChartColumn => ({ key, header, kind: "count" });
  const percent = (key: string, header: string): ChartColumn => ({ key, header, kind: "percent" });
  const statusColumns = [
    ...STATUS_CATEGORIES.map((category) => count(category, t(`statuses.${statusLabelKey(category)}`))),
    count("total", t("public.charts.total")),
  ];
  const statusValues = (counts: StatusCounts, total: number) => [...STATUS_CATEGORIES.map((c) => counts[c]), total];
  const statusFooter = (rows: { counts: StatusCounts; total: number }[]): ChartTableRow => {
    const counts = Object.fromEntries(
      STATUS_CATEGORIES.map((c) => [c, rows.reduce((sum, row) => sum + row.counts[c], 0)]),
    ) as StatusCounts;
    return {
      key: "total",
      label: t("public.charts.total"),
      values: statusValues(
        counts,
        rows.reduce((s, r) => s + r.total, 0),
      ),
    };
  };

  switch (data.chart) {
    case "status-overall": {
      const { overall } = data;
      return {
        ...base,
        columns: [count("count", t("public.charts.count")), percent("share", t("public.charts.share"))],
        rows: overall.rows.map((row) => ({
          key: row.category,
          label: t(`statuses.${statusLabelKey(row.category)}`),
          values: [row.count, wholePercent(row.count, overall.total)],
          drill: { status: row.category },
        })),
        footer: {
          key: "total",
          label: t("public.charts.total"),
          values: [overall.total, overall.total > 0 ? 100 : null],
        },
      };
    }
    case "status-by-theme":
      // A commitment with several themes counts under each: a column total would double count, so there is none.
      return {
        ...base,
        columns: statusColumns,
        rows: data.rows.map((row) => ({
          key: row.slug ?? "none",
          label: row.name ?? t("public.charts.byTheme.none"),
          values: statusValues(row.counts, row.total),
          drill: row.slug ? { theme: row.slug } : undefined,
        })),
        footer: null,
      };
    case "status-by-pillar":
    case "status-by-member-kind":
    case "status-by-region": {
      const { dimension } = data;
      const namespace = { pillar: "pillar", kind: "memberKind", region: "regionalGroup" }[dimension];
      return {
        ...base,
        columns: statusColumns,
        rows: data.rows.map((row) => ({
          key: row.key,
          label: row.key === "NONE" ? t(`${messages}.none`) : t(`statuses.${namespace}.${row.key}`),
          values: statusValues(row.counts, row.total),
          drill: row.key === "NONE" ? undefined : { [dimension]: row.key },
        })),
        // Pillars double count like themes; member kinds and regions partition the commitments.
        footer: dimension === "pillar" ? null : statusFooter(data.rows),
      };
    }
    case "status-over-time":
      return {
        ...base,
        columns: [{ key: "asOf", header: t("public.charts.overTime.asOf"), kind: "text" }, ...statusColumns],
        rows: data.rows.map((row) => ({
          key: row.slug,
          label: row.name,
          values: [row.asOf, ...statusValues(row.counts, row.total)],
        })),
        footer: null,
      };
    case "reporting-freshness": {
      const { freshness } = data;
      return {
        ...base,
        columns: [count("count", t("public.charts.count")), percent("share", t("public.charts.share"))],
        rows: freshness.cycle
          ? FRESHNESS_STATES.map((state) => {
              const value = freshness.rows.find((row) => row.state === state)?.count ?? 0;
              return {
                key: state,
                label: t(`statuses.freshness.${state}`),
                values: [value, wholePercent(value, freshness.total)],
              };
            })
          : [],
        footer: freshness.cycle
          ? {
              key: "total",
              label: t("public.charts.total"),
              values: [freshness.total, freshness.total > 0 ? 100 : null],
            }
          : null,
      };
    }
    case "map":
      return {
        ...base,
        columns: [
          { key: "iso3", header: t("public.charts.map.iso3"), kind: "text" },
          count("members", t("public.charts.map.members")),
          count("commitments", t("public.charts.map.commitments")),
          count("completed", t("public.charts.map.completed")),
          percent("completedShare", t("public.charts.map.completedShare")),
          count("reported", t("public.charts.map.reported")),
          percent("reportedShare", t("public.charts.map.reportedShare")),
        ],
        rows: data.rows
          .map((row) => ({
            key: row.iso3,
            label: mapRowLabel(row, labels),
            values: [
              row.iso3,
              row.members,
              row.commitments,
              row.completed,
              mapMeasureValue(row, "completed"),
              row.reported,
              mapMeasureValue(row, "reported"),
            ],
          }))
          .sort((a, b) => a.label.localeCompare(b.label)),
        footer: null,
      };
  }
}

/** A country is named after its member when there is one, else by its ISO name ("Kenya (3 members)"). */
function mapRowLabel(row: { iso3: string; memberName: string; members: number }, labels: ChartLabels): string {
  if (row.members === 1) return row.memberName;
  const name = labels.countryName(row.iso3) ?? row.iso3;
  return labels.t("public.charts.map.sharedCountry", { name, members: row.members });
}
