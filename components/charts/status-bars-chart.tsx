"use client";

import { useId } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import type { StatusCounts } from "@/lib/domain/status-summary";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { StatusPatternDefs } from "@/components/public/status-pattern-defs";
import { AXIS_TICK, CURSOR_FILL, GRID_STROKE, patternPrefix } from "./chart-theme";
import { chartSides } from "./chart-sides";

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
 * Stacked bars, one textured segment per implementation status, "Not reported" included. Keyboard users reach the
 * drawing with Tab and step through the bars with the arrow keys (Recharts' accessibility layer shows each bar's
 * numbers); the table next to it gives the same numbers to everyone.
 */
export function StatusBarsChart({ rows, height, direction, label, describedBy }: Props) {
  const t = useTranslations("statuses");
  const prefix = patternPrefix("bars", useId());
  const format = useFormatter();
  const sides = chartSides(useLocale());
  const number = (value: unknown) =>
    typeof value === "number" ? format.number(value) : typeof value === "string" ? value : "";
  const data = rows.map((row) => ({ name: row.label, ...row.counts }));
  const horizontal = direction === "bars";
  return (
    <BarChart
      layout={horizontal ? "vertical" : "horizontal"}
      data={data}
      responsive
      style={{ width: "100%", height }}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      margin={sides.margin({ top: 8, right: 16, bottom: 8, left: 8 })}
      barCategoryGap="25%"
    >
      <StatusPatternDefs prefix={prefix} />
      <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke={GRID_STROKE} />
      {horizontal ? (
        <>
          <XAxis
            type="number"
            allowDecimals={false}
            reversed={sides.reversed}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            tickFormatter={number}
          />
          <YAxis
            type="category"
            dataKey="name"
            orientation={sides.start}
            tickFormatter={sides.label}
            width={230}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis
            type="category"
            dataKey="name"
            reversed={sides.reversed}
            tickFormatter={sides.label}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            interval={0}
          />
          <YAxis
            type="number"
            allowDecimals={false}
            orientation={sides.start}
            width={56}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            tickFormatter={number}
          />
        </>
      )}
      <Tooltip
        cursor={{ fill: CURSOR_FILL }}
        itemStyle={{ color: AXIS_TICK.fill }}
        formatter={number}
        {...sides.tooltip}
      />
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
