"use client";

import { useId } from "react";
import { useFormatter, useLocale } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { StatusCategory } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { StatusPatternDefs } from "@/components/public/status-pattern-defs";
import { AXIS_TICK, CURSOR_FILL, GRID_STROKE, patternPrefix } from "./chart-theme";
import { chartSides } from "./chart-sides";

/** One bar per category, drawn with the look of a status (its colour and texture) and labelled with its count. */
export type CategoryBarRow = { key: string; label: string; count: number; look: StatusCategory };

type Props = { rows: CategoryBarRow[]; height: number; countLabel: string; label: string; describedBy: string };

/** Labelled on the axis and with the count at each bar's end: colour is never the only signal. */
export function CategoryBarChart({ rows, height, countLabel, label, describedBy }: Props) {
  const prefix = patternPrefix("category", useId());
  const format = useFormatter();
  const sides = chartSides(useLocale());
  const number = (value: unknown) =>
    typeof value === "number" ? format.number(value) : typeof value === "string" ? value : "";
  const data = rows.map((row) => ({ name: row.label, count: row.count }));
  const shape = (props: BarShapeProps) => {
    const look = rows[props.index]?.look ?? "NOT_REPORTED";
    return <Rectangle {...props} fill={textureFill(prefix, look)} stroke={STATUS_APPEARANCE[look].color} />;
  };
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      margin={sides.margin({ top: 8, right: 48, bottom: 8, left: 8 })}
      barCategoryGap="20%"
    >
      <StatusPatternDefs prefix={prefix} />
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
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
        width={210}
        tick={AXIS_TICK}
        stroke={GRID_STROKE}
        interval={0}
      />
      <Tooltip
        cursor={{ fill: CURSOR_FILL }}
        itemStyle={{ color: AXIS_TICK.fill }}
        formatter={number}
        {...sides.tooltip}
      />
      <Bar dataKey="count" name={countLabel} shape={shape} isAnimationActive={false}>
        <LabelList dataKey="count" position={sides.end} fill={AXIS_TICK.fill} fontSize={12} formatter={number} />
      </Bar>
    </BarChart>
  );
}
