import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import type { StatusCounts } from "@/lib/domain/status-summary";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { statusPatternsMarkup } from "@/components/public/status-patterns";
import { BarChartSvg } from "./bar-chart-svg";
import { chartSides } from "./chart-sides";
import { patternPrefix } from "./chart-theme";

/** One bar: a group (theme, pillar, kind of member, region) or a reporting cycle, with its commitments by status. */
type StatusBarRow = { key: string; label: string; counts: StatusCounts };

type Props = {
  rows: StatusBarRow[];
  height: number;
  /** "bars" lie horizontally, one per group; "columns" stand up, one per reporting cycle, oldest first. */
  direction: "bars" | "columns";
  /** Accessible name of the drawing; the section's summary describes it. */
  label: string;
  describedBy: string;
};

/**
 * Stacked bars, one textured segment per implementation status, "Not reported" included, drawn on the server. Each
 * segment names its status and count when pointed at; the table next to it gives the same numbers to everyone.
 */
export async function StatusBarsChart({ rows, height, direction, label, describedBy }: Props) {
  const t = await getTranslations("statuses");
  const format = await getFormatter();
  const sides = chartSides(await getLocale());
  const prefix = patternPrefix("bars", describedBy);
  const horizontal = direction === "bars";
  return (
    <BarChartSvg
      direction={direction}
      rows={rows.map((row) => ({
        key: row.key,
        label: row.label,
        segments: STATUS_CATEGORIES.map((category) => ({
          key: category,
          name: t(statusLabelKey(category)),
          value: row.counts[category],
          fill: textureFill(prefix, category),
          stroke: STATUS_APPEARANCE[category].color,
        })),
      }))}
      height={height}
      axisWidth={horizontal ? 230 : 56}
      endRoom={16}
      gap={0.25}
      defs={statusPatternsMarkup(prefix)}
      label={label}
      describedBy={describedBy}
      rtl={sides.reversed}
      number={(value) => format.number(value)}
      isolate={sides.label}
    />
  );
}
