import { getFormatter, getLocale } from "next-intl/server";
import type { StatusCategory } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { statusPatternsMarkup } from "@/components/public/status-patterns";
import { BarChartSvg } from "./bar-chart-svg";
import { chartSides } from "./chart-sides";
import { patternPrefix } from "./chart-theme";

/** One bar per category, drawn with the look of a status (its colour and texture) and labelled with its count. */
export type CategoryBarRow = { key: string; label: string; count: number; look: StatusCategory };

type Props = { rows: CategoryBarRow[]; height: number; countLabel: string; label: string; describedBy: string };

/** Labelled on the axis and with the count at each bar's end: colour is never the only signal. Drawn on the server. */
export async function CategoryBarChart({ rows, height, countLabel, label, describedBy }: Props) {
  const prefix = patternPrefix("category", describedBy);
  const format = await getFormatter();
  const sides = chartSides(await getLocale());
  const looks = [...new Set(rows.map((row) => row.look))];
  return (
    <BarChartSvg
      direction="bars"
      rows={rows.map((row) => ({
        key: row.key,
        label: row.label,
        endLabel: format.number(row.count),
        segments: [
          {
            key: row.key,
            name: countLabel,
            value: row.count,
            fill: textureFill(prefix, row.look),
            stroke: STATUS_APPEARANCE[row.look].color,
          },
        ],
      }))}
      height={height}
      axisWidth={210}
      endRoom={48}
      gap={0.2}
      defs={statusPatternsMarkup(prefix, looks)}
      label={label}
      describedBy={describedBy}
      rtl={sides.reversed}
      number={(value) => format.number(value)}
      isolate={sides.label}
    />
  );
}
