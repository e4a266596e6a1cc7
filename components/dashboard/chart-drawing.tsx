import { getFormatter, getTranslations } from "next-intl/server";
import { CategoryBarChart, type CategoryBarRow } from "@/components/charts/category-bar-chart";
import { StatusBarsChart } from "@/components/charts/status-bars-chart";
import { FRESHNESS_LOOK } from "@/components/public/status-appearance";
import { patternPrefix } from "@/components/charts/chart-theme";
import type { ChartData } from "@/lib/data/public/get-chart-data";
import type { ChartTable } from "@/lib/domain/chart-tables";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { mapBins, mapMeasureValue } from "@/lib/domain/map-scale";
import { ChartLegend } from "./chart-legend";
import { statusSwatch } from "./chart-swatch";
import { WorldMapFigure } from "./world-map-figure";
import { formatPercent } from "@/lib/i18n/format-percent";

type Props = { data: ChartData; table: ChartTable; label: string; describedBy: string };

/**
 * The drawing of one chart, from the same rows as its table: SVG drawn on the server, complete without JavaScript.
 */
export async function ChartDrawing({ data, table, label, describedBy }: Props) {
  const t = await getTranslations("public.charts");
  const tStatus = await getTranslations("statuses");
  const format = await getFormatter();
  const labelOf = (index: number) => table.rows[index]?.label ?? "";
  const a11y = { label, describedBy };

  switch (data.chart) {
    case "status-overall":
    case "reporting-freshness": {
      const rows: CategoryBarRow[] =
        data.chart === "status-overall"
          ? data.overall.rows.map((row, i) => ({
              key: row.category,
              label: labelOf(i),
              count: row.count,
              look: row.category,
            }))
          : data.freshness.rows.map((row, i) => ({
              key: row.state,
              label: labelOf(i),
              count: row.count,
              look: FRESHNESS_LOOK[row.state],
            }));
      const height = 48 + rows.length * 40;
      return (
        <Box height={height}>
          <CategoryBarChart rows={rows} height={height} countLabel={t("count")} {...a11y} />
        </Box>
      );
    }
    case "status-by-theme":
    case "status-by-pillar":
    case "status-by-member-kind":
    case "status-by-region":
    case "status-over-time": {
      const columns = data.chart === "status-over-time";
      const rows = data.rows.map((row, i) => ({
        key: table.rows[i]?.key ?? String(i),
        label: labelOf(i),
        counts: row.counts,
      }));
      const height = columns ? 360 : 48 + rows.length * 40;
      const legend = STATUS_CATEGORIES.map((category) => ({
        label: tStatus(statusLabelKey(category)),
        swatch: statusSwatch(patternPrefix("legend", describedBy), category),
      }));
      return (
        <div className="space-y-2">
          <ChartLegend label={t("legend")} items={legend} />
          <Box height={height}>
            <StatusBarsChart rows={rows} height={height} direction={columns ? "columns" : "bars"} {...a11y} />
          </Box>
        </div>
      );
    }
    case "map": {
      const values = data.rows.map((row) => mapMeasureValue(row, data.measure));
      const bins = mapBins(data.measure, values);
      const countries = data.rows.map((row, i) => {
        const value = values[i] ?? null;
        const name = table.rows.find((entry) => entry.key === row.iso3)?.label ?? row.iso3;
        const shown =
          value === null ? "–" : data.measure === "commitments" ? format.number(value) : formatPercent(format, value);
        return { iso3: row.iso3, label: name, value, text: t("map.countryValue", { name, value: shown }) };
      });
      return <WorldMapFigure countries={countries} measure={data.measure} bins={bins} {...a11y} />;
    }
  }
}

/**
 * The drawing's box, of the drawing's height (the image download finds the drawing by its data attribute). The
 * browser styles and lays out what is inside only when it comes near the screen (issue 12); the box's height is
 * known, so nothing moves. Skipping brings paint containment, which would cut the counts written past the ends of
 * the longest bars: the clip margin leaves them room.
 */
function Box({ height, children }: { height: number; children: React.ReactNode }) {
  return (
    <div data-chart-drawing className="w-full [content-visibility:auto] [overflow-clip-margin:4rem]" style={{ height }}>
      {children}
    </div>
  );
}
