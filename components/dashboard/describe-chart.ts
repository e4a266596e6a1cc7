import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ChartData } from "@/lib/data/public/get-chart-data";
import type { ChartTable } from "@/lib/domain/chart-tables";
import { summarizeFreshness, summarizeMap, summarizeOverTime } from "@/lib/domain/chart-summaries";
import { CHART_MESSAGES } from "@/lib/domain/dashboard-charts";
import { statusLabelKey } from "@/lib/domain/implementation-status";
import { mapMeasureValue } from "@/lib/domain/map-scale";
import { summarizeByGroup, summarizeStatusCounts } from "@/lib/domain/status-summary";
import { nameList } from "@/components/public/name-list";
import { formatPercent } from "@/lib/i18n/format-percent";

/**
 * The chart's one-sentence text summary, generated from the same data as the chart and its table (the table gives the
 * row labels, so names match). Null when there is nothing to summarise: the section then says why it is empty.
 */
export async function describeChart(data: ChartData, table: ChartTable): Promise<string | null> {
  const t = await getTranslations("public.charts");
  const tStatus = await getTranslations("statuses");
  const format = await getFormatter();
  const names = (items: string[]) => nameList(format, items, (count) => t("more", { count }));
  const tied = (items: unknown[]) => (items.length > 1 ? "yes" : "no");
  const messages = CHART_MESSAGES[data.chart];

  switch (data.chart) {
    case "status-overall": {
      const summary = summarizeStatusCounts(data.overall.counts);
      if (!summary.largest) return null;
      return t("overall.summary", {
        total: summary.total,
        completed: summary.completed,
        notReported: summary.notReported,
        largest: names(summary.largest.items.map((category) => tStatus(statusLabelKey(category)))),
        largestCount: summary.largest.count,
        tied: tied(summary.largest.items),
      });
    }
    case "status-by-theme":
    case "status-by-pillar":
    case "status-by-member-kind":
    case "status-by-region": {
      const rows = data.rows.map((row, index) => ({
        label: table.rows[index]?.label ?? "",
        counts: row.counts,
        total: row.total,
      }));
      const summary = summarizeByGroup(rows);
      if (!summary.largest) return null;
      const sentence = t(`${messages}.summary`, {
        groups: summary.groups,
        largest: names(summary.largest.items),
        largestCount: summary.largest.count,
        tied: tied(summary.largest.items),
        silence: summary.mostSilent
          ? t(`${messages}.silence`, {
              silent: names(summary.mostSilent.items),
              silentCount: summary.mostSilent.count,
              tied: tied(summary.mostSilent.items),
            })
          : t(`${messages}.allReported`),
      });
      // Grouped by member, a joint commitment is in its lead's group only (lib/data/public/get-status-by-group.ts).
      const byMember = data.chart === "status-by-member-kind" || data.chart === "status-by-region";
      return byMember ? t("leadSummary", { summary: sentence }) : sentence;
    }
    case "status-over-time": {
      const summary = summarizeOverTime(data.rows);
      if (!summary) return null;
      return t("overTime.summary", {
        first: summary.first.name,
        firstCompleted: summary.first.completed,
        firstTotal: summary.first.total,
        last: summary.last.name,
        lastCurrent: summary.last.current ? "yes" : "no",
        lastCompleted: summary.last.completed,
        lastTotal: summary.last.total,
        lastNotReported: summary.last.notReported,
      });
    }
    case "reporting-freshness": {
      const { cycle } = data.freshness;
      const summary = summarizeFreshness(data.freshness.rows);
      if (!cycle || summary.total === 0) return null;
      return t("freshness.summary", {
        cycle: cycle.name,
        due: format.dateTime(cycle.dueOn, { dateStyle: "long" }),
        total: summary.total,
        reported: summary.REPORTED,
        dueCount: summary.DUE,
        notReported: summary.NOT_REPORTED,
        inactive: summary.INACTIVE,
      });
    }
    case "map": {
      if (data.rows.length === 0) return null;
      const labelled = data.rows.map((row) => ({
        label: table.rows.find((tableRow) => tableRow.key === row.iso3)?.label ?? row.iso3,
        value: mapMeasureValue(row, data.measure),
      }));
      const summary = summarizeMap(labelled);
      return t("map.summary", {
        countries: summary.countries,
        highest: summary.highest
          ? t(`map.highest.${data.measure}`, {
              names: names(summary.highest.items),
              value:
                data.measure === "commitments" ? summary.highest.count : formatPercent(format, summary.highest.count),
              tied: tied(summary.highest.items),
            })
          : t(`map.noHighest.${data.measure}`),
      });
    }
  }
}
