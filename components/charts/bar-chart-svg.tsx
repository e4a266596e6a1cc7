import type { ReactNode } from "react";
import { AXIS_TICK, GRID_STROKE } from "./chart-theme";
import { valueTicks } from "./value-ticks";

/** One coloured part of a bar: a status, or the whole count of a category. */
type BarSegment = { key: string; name: string; value: number; fill: string; stroke: string };
/** One bar (a category) and, when given, the words written at its end (its count). */
type BarRow = { key: string; label: string; segments: BarSegment[]; endLabel?: string };

type Props = {
  rows: BarRow[];
  /** "bars" lie horizontally, one per row; "columns" stand up, one per row, the first at the start side. */
  direction: "bars" | "columns";
  height: number;
  /** Room on the start side for the category labels (bars) or the value labels (columns). */
  axisWidth: number;
  /** Room on the end side: the count written at each bar's end. */
  endRoom: number;
  /** Share of each row's band left empty on either side of its bar. */
  gap: number;
  /** The texture patterns the segments' fills refer to. */
  defs: ReactNode;
  label: string;
  describedBy: string;
  rtl: boolean;
  number: (value: number) => string;
  /** A label isolated in its own writing direction (chartSides().label). */
  isolate: (text: string) => string;
};

const MARGIN = 8;
const AXIS_HEIGHT = 30;
const TICK_GAP = 9;
const TEXT = { fill: AXIS_TICK.fill, fontSize: AXIS_TICK.fontSize } as const;
/** Rough width of a character at 12 px, to wrap a category label onto a second line before it leaves its room. */
const CHAR_WIDTH = 6.4;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * A bar chart drawn on the server as plain SVG: complete without JavaScript, and sized by the page (the SVG is the
 * plot, its value dimension laid out in percentages; the axis labels overflow into the frame's padding), so nothing
 * is measured or redrawn in the browser. Each segment carries a <title> (the browser's own tooltip); the
 * table next to the drawing gives the same numbers to everyone. Right to left, the category side is on the right and
 * values grow leftwards; the drawing itself stays left to right (its text is isolated instead), as in the image
 * download.
 */
export function BarChartSvg(props: Props) {
  const { rows, height, label, describedBy, defs, axisWidth, endRoom } = props;
  const max = Math.max(0, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const ticks = valueTicks(max);
  const top = ticks.at(-1)!;
  const plotHeight = height - 2 * MARGIN - AXIS_HEIGHT;
  // The frame's padding is the axis room (on the start side, whatever the direction) and the end room; the SVG is
  // the plot, so percentages inside it measure across the plot, and the axis labels overflow into the padding.
  return (
    <div style={{ paddingInlineStart: MARGIN + axisWidth, paddingInlineEnd: endRoom }}>
      <svg
        width="100%"
        height={height}
        overflow="visible"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        tabIndex={0}
        style={{ direction: "ltr", display: "block", overflow: "visible" }}
      >
        {defs}
        <g transform={`translate(0 ${MARGIN})`}>
          {props.direction === "bars" ? (
            <Bars {...props} ticks={ticks} top={top} plotHeight={plotHeight} />
          ) : (
            <Columns {...props} ticks={ticks} top={top} plotHeight={plotHeight} />
          )}
        </g>
      </svg>
    </div>
  );
}

type LayoutProps = Props & { ticks: number[]; top: number; plotHeight: number };

/** Text in the axis room on the start side, `gap` px from the plot, anchored towards it. */
function StartSideText({ rtl, ...rest }: { rtl: boolean; y: number; children: ReactNode }) {
  return rtl ? (
    <text x="100%" dx={TICK_GAP} textAnchor="start" dominantBaseline="central" {...TEXT} {...rest} />
  ) : (
    <text x={-TICK_GAP} textAnchor="end" dominantBaseline="central" {...TEXT} {...rest} />
  );
}

function Bars({ rows, ticks, top, plotHeight, axisWidth, gap, rtl, number, isolate }: LayoutProps) {
  const band = plotHeight / Math.max(1, rows.length);
  const thickness = band * (1 - 2 * gap);
  const at = (value: number) => (rtl ? 1 - value / top : value / top);
  const maxChars = Math.floor((axisWidth - TICK_GAP) / CHAR_WIDTH);
  return (
    <>
      <g data-axis="category">
        {rows.map((row, i) => {
          const lines = wrap(row.label, maxChars);
          const y = band * (i + 0.5) - ((lines.length - 1) * 14) / 2;
          return (
            <StartSideText key={row.key} rtl={rtl} y={y}>
              {lines.map((line, n) => (
                <tspan key={n} x={rtl ? "100%" : -TICK_GAP} dx={rtl ? TICK_GAP : undefined} dy={n === 0 ? 0 : 14}>
                  {isolate(line)}
                </tspan>
              ))}
            </StartSideText>
          );
        })}
      </g>
      <>
        {ticks.map((tick) => (
          <line key={tick} x1={percent(at(tick))} x2={percent(at(tick))} y1={0} y2={plotHeight} stroke={GRID_STROKE} />
        ))}
        <line x1="0" x2="100%" y1={plotHeight} y2={plotHeight} stroke={GRID_STROKE} />
        <g data-axis="value">
          {ticks.map((tick) => (
            <text key={tick} x={percent(at(tick))} y={plotHeight + 18} textAnchor="middle" {...TEXT}>
              {number(tick)}
            </text>
          ))}
        </g>
        {rows.map((row, i) => {
          let sum = 0;
          const y = band * i + band * gap;
          return (
            <g key={row.key}>
              {row.segments.map((segment) => {
                const from = sum;
                sum += segment.value;
                if (segment.value <= 0) return null;
                return (
                  <rect
                    key={segment.key}
                    data-bar
                    x={percent(rtl ? at(sum) : at(from))}
                    y={y}
                    width={percent(segment.value / top)}
                    height={thickness}
                    fill={segment.fill}
                    stroke={segment.stroke}
                  >
                    <title>{`${row.label} – ${segment.name}: ${number(segment.value)}`}</title>
                  </rect>
                );
              })}
              {row.endLabel !== undefined && (
                <text
                  data-count
                  x={percent(at(sum))}
                  dx={rtl ? -5 : 5}
                  y={y + thickness / 2}
                  textAnchor={rtl ? "end" : "start"}
                  dominantBaseline="central"
                  {...TEXT}
                >
                  {row.endLabel}
                </text>
              )}
            </g>
          );
        })}
      </>
    </>
  );
}

function Columns({ rows, ticks, top, plotHeight, gap, rtl, number, isolate }: LayoutProps) {
  const n = Math.max(1, rows.length);
  /** The fraction across the plot of a point `f` along the categories, first category at the start side. */
  const along = (f: number) => (rtl ? 1 - f : f);
  const yOf = (value: number) => plotHeight * (1 - value / top);
  return (
    <>
      <g data-axis="value">
        {ticks.map((tick) => (
          <StartSideText key={tick} rtl={rtl} y={yOf(tick)}>
            {number(tick)}
          </StartSideText>
        ))}
      </g>
      <>
        {ticks.map((tick) => (
          <line key={tick} x1="0" x2="100%" y1={yOf(tick)} y2={yOf(tick)} stroke={GRID_STROKE} />
        ))}
        <g data-axis="category">
          {rows.map((row, i) => (
            <text key={row.key} x={percent(along((i + 0.5) / n))} y={plotHeight + 18} textAnchor="middle" {...TEXT}>
              {isolate(row.label)}
            </text>
          ))}
        </g>
        {rows.map((row, i) => {
          let sum = 0;
          const left = rtl ? along((i + 1 - gap) / n) : along((i + gap) / n);
          return (
            <g key={row.key}>
              {row.segments.map((segment) => {
                const from = sum;
                sum += segment.value;
                if (segment.value <= 0) return null;
                return (
                  <rect
                    key={segment.key}
                    data-bar
                    x={percent(left)}
                    y={yOf(sum)}
                    width={percent((1 - 2 * gap) / n)}
                    height={yOf(from) - yOf(sum)}
                    fill={segment.fill}
                    stroke={segment.stroke}
                  >
                    <title>{`${row.label} – ${segment.name}: ${number(segment.value)}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </>
    </>
  );
}

/** A label on one line, or two when it is longer than its room (the rest cut with an ellipsis). */
function wrap(label: string, maxChars: number): string[] {
  if (label.length <= maxChars) return [label];
  const cut = label.lastIndexOf(" ", maxChars);
  const first = cut > 0 ? label.slice(0, cut) : label.slice(0, maxChars);
  const rest = label.slice(first.length).trim();
  return [first, rest.length > maxChars ? `${rest.slice(0, maxChars - 1)}…` : rest];
}
