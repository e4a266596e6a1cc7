import { useFormatter, useTranslations } from "next-intl";
import { StatusPatternDefs } from "@/components/public/status-pattern-defs";
import { StatusSwatch } from "@/components/public/status-swatch";
import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { STATUS_CATEGORIES, statusLabelKey, type StatusCategory } from "@/lib/domain/implementation-status";

export type StatusBarRow = { key: string; label: string; counts: Record<StatusCategory, number>; total: number };

const WIDTH = 600;
const HEIGHT = 18;

/**
 * Implementation status as one horizontal bar per row (share of the row's commitments), drawn as server-rendered SVG:
 * prints as it shows, needs no JavaScript. Each status has its texture as well as its colour, and the legend and
 * the table that follows carry the numbers, so the bars are decorative for screen readers. In right to left the bars
 * are mirrored so they fill from the reading start, beside their labels.
 */
export function StatusBars({ id, rows, legendLabel }: { id: string; rows: StatusBarRow[]; legendLabel: string }) {
  const t = useTranslations("statuses");
  const format = useFormatter();
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={legendLabel}>
        {STATUS_CATEGORIES.map((status) => (
          <li key={status} className="inline-flex items-center gap-1.5">
            <StatusSwatch status={status} />
            {t(statusLabelKey(status))}
          </li>
        ))}
      </ul>
      {/* One set of textures for every bar of the chart (ids are shared across the page's inline SVGs). */}
      <svg width={0} height={0} className="absolute" aria-hidden="true" focusable="false">
        <StatusPatternDefs prefix={id} />
      </svg>
      <div className="space-y-2" aria-hidden="true">
        {rows.map((row) => {
          let x = 0;
          return (
            <div
              key={row.key}
              className="grid grid-cols-[minmax(8rem,14rem)_1fr_3.5rem] items-center gap-3 text-sm print:break-inside-avoid"
            >
              <span className="truncate">{row.label}</span>
              <svg
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                className="h-auto w-full rtl:-scale-x-100"
                role="presentation"
                focusable="false"
              >
                <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#ffffff" stroke="#9aa4ae" />
                {STATUS_CATEGORIES.map((status) => {
                  const count = row.counts[status];
                  if (count === 0 || row.total === 0) return null;
                  const width = (count / row.total) * WIDTH;
                  const rect = (
                    <rect
                      key={status}
                      x={x}
                      y={0}
                      width={width}
                      height={HEIGHT}
                      fill={textureFill(id, status)}
                      stroke={STATUS_APPEARANCE[status].color}
                      strokeWidth={0.5}
                    />
                  );
                  x += width;
                  return rect;
                })}
              </svg>
              <span className="text-end tabular-nums">{format.number(row.total)}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
