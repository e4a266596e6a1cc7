"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { StatusByThemeRow } from "@/lib/data/public/get-status-by-theme";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { StatusPatternDefs } from "@/components/public/status-pattern-defs";
import { AXIS_TICK, CURSOR_FILL, GRID_STROKE, patternPrefix } from "./chart-theme";

type Props = { rows: StatusByThemeRow[]; height: number };

/**
 * Stacked horizontal bars: one bar per theme, one textured segment per implementation status, "Not reported"
 * included. Purely visual: the section around it gives the same numbers as a table, a legend and a summary.
 */
export function StatusByThemeChart({ rows, height }: Props) {
  const t = useTranslations("statuses");
  const prefix = patternPrefix("theme", useId());
  const data = rows.map((row) => ({ name: row.name, ...row.counts }));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      barCategoryGap="25%"
    >
      <StatusPatternDefs prefix={prefix} />
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={GRID_STROKE} />
      <YAxis type="category" dataKey="name" width={230} tick={AXIS_TICK} stroke={GRID_STROKE} interval={0} />
      <Tooltip cursor={{ fill: CURSOR_FILL }} itemStyle={{ color: AXIS_TICK.fill }} />
      {STATUS_CATEGORIES.map((category) => (
        <Bar
          key={category}
          dataKey={category}
          name={t(statusLabelKey(category))}
          stackId="status"
          fill={textureFill(prefix, category)}
          stroke={STATUS_APPEARANCE[category].color}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
