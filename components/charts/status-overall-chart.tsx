"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { StatusOverall } from "@/lib/data/public/get-status-overall";
import { statusLabelKey } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { StatusPatternDefs } from "@/components/public/status-pattern-defs";
import { AXIS_TICK, CURSOR_FILL, GRID_STROKE, patternPrefix } from "./chart-theme";

type Props = { rows: StatusOverall["rows"]; height: number };

/** One bar per implementation status, labelled on the axis and with its count: colour is never the only signal. */
export function StatusOverallChart({ rows, height }: Props) {
  const t = useTranslations("statuses");
  const tCharts = useTranslations("public.charts.overall");
  const prefix = patternPrefix("overall", useId());
  const data = rows.map((row) => ({ ...row, name: t(statusLabelKey(row.category)) }));
  const shape = (props: BarShapeProps) => {
    const category = rows[props.index]?.category ?? "NOT_REPORTED";
    return <Rectangle {...props} fill={textureFill(prefix, category)} stroke={STATUS_APPEARANCE[category].color} />;
  };
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height }}
      accessibilityLayer={false}
      margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
      barCategoryGap="20%"
    >
      <StatusPatternDefs prefix={prefix} />
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={GRID_STROKE} />
      <YAxis type="category" dataKey="name" width={170} tick={AXIS_TICK} stroke={GRID_STROKE} interval={0} />
      <Tooltip cursor={{ fill: CURSOR_FILL }} itemStyle={{ color: AXIS_TICK.fill }} />
      <Bar dataKey="count" name={tCharts("count")} shape={shape} isAnimationActive={false}>
        <LabelList dataKey="count" position="right" fill={AXIS_TICK.fill} fontSize={12} />
      </Bar>
    </BarChart>
  );
}
