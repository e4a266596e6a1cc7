import { FRESHNESS_LOOK, STATUS_APPEARANCE } from "@/components/public/status-appearance";
import type { ChartData } from "@/lib/data/public/get-chart-data";
import type { ChartTable } from "@/lib/domain/chart-tables";
import { STATUS_CATEGORIES, type StatusCategory } from "@/lib/domain/implementation-status";
import { binOf, mapBins, mapMeasureValue, NO_DATA_COLOR, type MapBin } from "@/lib/domain/map-scale";
import { worldMap } from "@/lib/domain/world-map";
import { PREVIEW_COLORS } from "./preview-card";

export type ChartPreviewLabels = {
  /** "Completed" etc., for the legend of the stacked bars. */
  statuses: Record<StatusCategory, string>;
  /** "and 4 more rows: see the table on the dashboard". */
  more: (count: number) => string;
  empty: string;
  /** The map's legend: what a class of values reads as ("3–5", "40–59%"), and the grey of no data. */
  mapBin: (bin: MapBin) => string;
  mapNoData: string;
  /** What the map's shades measure: "Commitments per country". */
  mapUnit: string;
};

/** Rows of bars shown; the largest groups (or the latest cycles) when there are more. */
const MAX_ROWS = 7;

/**
 * A chart's drawing for its link preview, from the same data and table rows as the chart on the dashboard: bars for
 * the categories, bars split by status for the groups, the shaded world map. Drawn without Recharts, which needs a
 * browser; a preview is a glance, the dashboard has the interactive chart and its table. Fills the space it is given.
 */
export function ChartPreview({
  data,
  table,
  labels,
}: {
  data: ChartData;
  table: ChartTable;
  labels: ChartPreviewLabels;
}) {
  const labelOf = (index: number) => table.rows[index]?.label ?? "";
  switch (data.chart) {
    case "status-overall":
    case "reporting-freshness": {
      const rows =
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
      if (rows.every((row) => row.count === 0)) return <Empty text={labels.empty} />;
      const max = Math.max(...rows.map((row) => row.count));
      return (
        <Drawing>
          {rows.map((row) => (
            <Row key={row.key} label={row.label} value={row.count}>
              <Bar share={row.count / max}>
                <Segment weight={1} category={row.look} />
              </Bar>
            </Row>
          ))}
        </Drawing>
      );
    }
    case "status-by-theme":
    case "status-by-pillar":
    case "status-by-member-kind":
    case "status-by-region":
    case "status-over-time": {
      const rows = data.rows
        .map((row, i) => ({
          key: table.rows[i]?.key ?? String(i),
          label: labelOf(i),
          counts: row.counts,
          total: row.total,
        }))
        .filter((row) => row.total > 0);
      if (rows.length === 0) return <Empty text={labels.empty} />;
      // Over time keeps its order (the latest cycles); groups show the largest first when they do not all fit.
      const shown =
        data.chart === "status-over-time"
          ? rows.slice(-MAX_ROWS)
          : [...rows].sort((a, b) => b.total - a.total).slice(0, MAX_ROWS);
      const max = Math.max(...shown.map((row) => row.total));
      const hidden = rows.length - shown.length;
      return (
        <Drawing
          after={[
            hidden > 0 && <Note key="more" text={labels.more(hidden)} />,
            <Legend
              key="legend"
              items={STATUS_CATEGORIES.map((category) => ({
                key: category,
                color: STATUS_APPEARANCE[category].color,
                label: labels.statuses[category],
              }))}
            />,
          ]}
        >
          {shown.map((row) => (
            <Row key={row.key} label={row.label} value={row.total}>
              <Bar share={row.total / max}>
                {STATUS_CATEGORIES.filter((category) => row.counts[category] > 0).map((category) => (
                  <Segment key={category} weight={row.counts[category]} category={category} />
                ))}
              </Bar>
            </Row>
          ))}
        </Drawing>
      );
    }
    case "map": {
      const values = data.rows.map((row) => mapMeasureValue(row, data.measure));
      const bins = mapBins(data.measure, values);
      const byIso3 = new Map(data.rows.map((row, i) => [row.iso3, values[i] ?? null]));
      const map = worldMap();
      const height = 300;
      const legend = [
        ...bins.map((bin) => ({ key: `${bin.min}-${bin.max}`, color: bin.color, label: labels.mapBin(bin) })),
        { key: "none", color: NO_DATA_COLOR, label: labels.mapNoData },
      ];
      return (
        <Drawing after={[<Note key="unit" text={labels.mapUnit} />, <Legend key="legend" items={legend} />]}>
          <div style={{ display: "flex", justifyContent: "center" }}>
            <svg
              width={Math.round((map.width / map.height) * height)}
              height={height}
              viewBox={`0 0 ${map.width} ${map.height}`}
            >
              {map.countries.map((shape) => (
                <path
                  key={shape.key}
                  d={shape.d}
                  fill={binOf(bins, shape.iso3 ? (byIso3.get(shape.iso3) ?? null) : null)?.color ?? NO_DATA_COLOR}
                  stroke="#ffffff"
                  strokeWidth={1}
                />
              ))}
            </svg>
          </div>
        </Drawing>
      );
    }
  }
}

/**
 * The drawing takes the room left under the title; notes and the legend keep their own height below it. (No
 * fragments here: next/og lays a fragment out as a box of its own, in a row.)
 */
function Drawing({ children, after = [] }: { children: React.ReactNode; after?: React.ReactNode[] }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0, gap: 10 }}>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          minHeight: 0,
          gap: 8,
          justifyContent: "flex-end",
        }}
      >
        {children}
      </div>
      {after.length > 0 && (
        <div style={{ display: "flex", flexDirection: "column", flexShrink: 0, gap: 6 }}>{after}</div>
      )}
    </div>
  );
}

function Row({ label, value, children }: { label: string; value: number; children: React.ReactNode }) {
  return (
    <div
      style={{
        display: "flex",
        alignItems: "center",
        gap: 16,
        flexGrow: 1,
        flexBasis: 0,
        minHeight: 0,
        maxHeight: 52,
        fontSize: 22,
      }}
    >
      <div style={{ display: "block", width: 300, flexShrink: 0, lineClamp: 1 }}>{label}</div>
      <div style={{ display: "flex", flexGrow: 1, flexBasis: 0, minWidth: 0, height: "100%" }}>{children}</div>
      <div style={{ display: "flex", width: 64, flexShrink: 0, justifyContent: "flex-end" }}>{String(value)}</div>
    </div>
  );
}

/** A bar as long as its share of the longest one, filled by its segments. */
function Bar({ share, children }: { share: number; children: React.ReactNode }) {
  return (
    <div
      style={{
        display: "flex",
        width: `${Math.max(share * 100, 0.5)}%`,
        height: "100%",
        borderRadius: 4,
        overflow: "hidden",
      }}
    >
      {children}
    </div>
  );
}

function Segment({ weight, category }: { weight: number; category: StatusCategory }) {
  return (
    <div style={{ display: "flex", flexGrow: weight, flexBasis: 0, background: STATUS_APPEARANCE[category].color }} />
  );
}

function Legend({ items }: { items: { key: string; color: string; label: string }[] }) {
  return (
    <div style={{ display: "flex", flexWrap: "wrap", columnGap: 24, rowGap: 4, fontSize: 20 }}>
      {items.map((item) => (
        <div key={item.key} style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <div
            style={{
              display: "flex",
              width: 16,
              height: 16,
              borderRadius: 3,
              background: item.color,
              border: `1px solid ${PREVIEW_COLORS.line}`,
            }}
          />
          <div style={{ display: "flex" }}>{item.label}</div>
        </div>
      ))}
    </div>
  );
}

function Note({ text }: { text: string }) {
  return <div style={{ display: "flex", fontSize: 20, color: PREVIEW_COLORS.muted }}>{text}</div>;
}

function Empty({ text }: { text: string }) {
  return <div style={{ display: "flex", color: PREVIEW_COLORS.muted }}>{text}</div>;
}
