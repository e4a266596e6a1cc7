import { AXIS_TICK, GRID_STROKE } from "./chart-theme";
import { element, fragment, type Markup } from "@/lib/markup/svg-markup";
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
  defs: Markup;
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
const TEXT = { fill: AXIS_TICK.fill, "font-size": AXIS_TICK.fontSize } as const;
/** Rough width of a character at 12 px, to wrap a category label onto a second line before it leaves its room. */
const CHAR_WIDTH = 6.4;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
/** Pixel positions rounded to a hundredth: finer than a screen shows, and a quarter of the digits. */
const px = (value: number) => Math.round(value * 100) / 100;

/**
 * A bar chart drawn on the server as plain SVG: complete without JavaScript, and sized by the page (the SVG is the
 * plot, its value dimension laid out in percentages; the axis labels overflow into the frame's padding), so nothing
 * is measured or redrawn in the browser. Each segment carries a <title> (the browser's own tooltip); the
 * table next to the drawing gives the same numbers to everyone. Right to left, the category side is on the right and
 * values grow leftwards; the drawing itself stays left to right (its text is isolated instead), as in the image
 * download. The drawing never changes in the browser, so it is sent as one string (./svg-markup.ts), not as elements
 * for React to repeat in its payload and hydrate.
 */
export function BarChartSvg(props: Props) {
  const { axisWidth, endRoom } = props;
  // The frame's padding is the axis room (on the start side, whatever the direction) and the end room; the SVG is
  // the plot, so percentages inside it measure across the plot, and the axis labels overflow into the padding.
  return (
    <div
      style={{ paddingInlineStart: MARGIN + axisWidth, paddingInlineEnd: endRoom }}
      dangerouslySetInnerHTML={{ __html: barChartMarkup(props).html }}
    />
  );
}

/** The chart's <svg>, as markup. */
export function barChartMarkup(props: Props): Markup {
  const { rows, height, label, describedBy, defs } = props;
  const max = Math.max(0, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0)));
  const ticks = valueTicks(max);
  const top = ticks.at(-1)!;
  const plotHeight = height - 2 * MARGIN - AXIS_HEIGHT;
  const layout = { ...props, ticks, top, plotHeight };
  return element(
    "svg",
    {
      width: "100%",
      height,
      overflow: "visible",
      role: "img",
      "aria-label": label,
      "aria-describedby": describedBy,
      tabindex: 0,
      style: "direction:ltr;display:block;overflow:visible",
    },
    defs,
    element("g", { transform: `translate(0 ${MARGIN})` }, props.direction === "bars" ? bars(layout) : columns(layout)),
  );
}

type Layout = Props & { ticks: number[]; top: number; plotHeight: number };

/** Text in the axis room on the start side, TICK_GAP px from the plot, anchored towards it. */
function startSideText(rtl: boolean, y: number, ...children: (Markup | string)[]): Markup {
  const side = rtl ? { x: "100%", dx: TICK_GAP, "text-anchor": "start" } : { x: -TICK_GAP, "text-anchor": "end" };
  return element("text", { ...side, y: px(y), "dominant-baseline": "central", ...TEXT }, ...children);
}

/** A segment of a bar, naming its row, status and count when pointed at. */
function segmentRect(row: BarRow, segment: BarSegment, box: Record<string, string | number>, number: Props["number"]) {
  return element(
    "rect",
    { "data-bar": "", ...box, fill: segment.fill, stroke: segment.stroke },
    element("title", {}, `${row.label} – ${segment.name}: ${number(segment.value)}`),
  );
}

function bars({ rows, ticks, top, plotHeight, axisWidth, gap, rtl, number, isolate }: Layout): Markup {
  const band = plotHeight / Math.max(1, rows.length);
  const thickness = band * (1 - 2 * gap);
  const at = (value: number) => (rtl ? 1 - value / top : value / top);
  const maxChars = Math.floor((axisWidth - TICK_GAP) / CHAR_WIDTH);
  return fragment(
    element(
      "g",
      { "data-axis": "category" },
      rows.map((row, i) => {
        const lines = wrap(row.label, maxChars);
        const y = band * (i + 0.5) - ((lines.length - 1) * 14) / 2;
        return startSideText(
          rtl,
          y,
          ...lines.map((line, n) =>
            element(
              "tspan",
              { x: rtl ? "100%" : -TICK_GAP, dx: rtl ? TICK_GAP : undefined, dy: n === 0 ? 0 : 14 },
              isolate(line),
            ),
          ),
        );
      }),
    ),
    ticks.map((tick) =>
      element("line", { x1: percent(at(tick)), x2: percent(at(tick)), y1: 0, y2: px(plotHeight), stroke: GRID_STROKE }),
    ),
    element("line", { x1: 0, x2: "100%", y1: px(plotHeight), y2: px(plotHeight), stroke: GRID_STROKE }),
    element(
      "g",
      { "data-axis": "value" },
      ticks.map((tick) =>
        element(
          "text",
          { x: percent(at(tick)), y: px(plotHeight + 18), "text-anchor": "middle", ...TEXT },
          number(tick),
        ),
      ),
    ),
    rows.map((row, i) => {
      let sum = 0;
      const y = band * i + band * gap;
      return element(
        "g",
        {},
        row.segments.map((segment) => {
          const from = sum;
          sum += segment.value;
          if (segment.value <= 0) return null;
          const box = {
            x: percent(rtl ? at(sum) : at(from)),
            y: px(y),
            width: percent(segment.value / top),
            height: px(thickness),
          };
          return segmentRect(row, segment, box, number);
        }),
        row.endLabel !== undefined &&
          element(
            "text",
            {
              "data-count": "",
              x: percent(at(sum)),
              dx: rtl ? -5 : 5,
              y: px(y + thickness / 2),
              "text-anchor": rtl ? "end" : "start",
              "dominant-baseline": "central",
              ...TEXT,
            },
            row.endLabel,
          ),
      );
    }),
  );
}

function columns({ rows, ticks, top, plotHeight, gap, rtl, number, isolate }: Layout): Markup {
  const n = Math.max(1, rows.length);
  /** The fraction across the plot of a point `f` along the categories, first category at the start side. */
  const along = (f: number) => (rtl ? 1 - f : f);
  const yOf = (value: number) => plotHeight * (1 - value / top);
  return fragment(
    element(
      "g",
      { "data-axis": "value" },
      ticks.map((tick) => startSideText(rtl, yOf(tick), number(tick))),
    ),
    ticks.map((tick) =>
      element("line", { x1: 0, x2: "100%", y1: px(yOf(tick)), y2: px(yOf(tick)), stroke: GRID_STROKE }),
    ),
    element(
      "g",
      { "data-axis": "category" },
      rows.map((row, i) =>
        element(
          "text",
          { x: percent(along((i + 0.5) / n)), y: px(plotHeight + 18), "text-anchor": "middle", ...TEXT },
          isolate(row.label),
        ),
      ),
    ),
    rows.map((row, i) => {
      let sum = 0;
      const left = rtl ? along((i + 1 - gap) / n) : along((i + gap) / n);
      return element(
        "g",
        {},
        row.segments.map((segment) => {
          const from = sum;
          sum += segment.value;
          if (segment.value <= 0) return null;
          const box = {
            x: percent(left),
            y: px(yOf(sum)),
            width: percent((1 - 2 * gap) / n),
            height: px(yOf(from) - yOf(sum)),
          };
          return segmentRect(row, segment, box, number);
        }),
      );
    }),
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
