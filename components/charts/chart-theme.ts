// Shared look of the bar charts, in the design tokens' colours (tailwind.config.ts: ink, line).
export const AXIS_TICK = { fill: "#1b1f24", fontSize: 12 } as const;
export const GRID_STROKE = "#d5dae0";

/** A DOM-id-safe prefix for the texture patterns of one chart on the page. */
export function patternPrefix(name: string, chartId: string): string {
  return `${name}-${chartId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
}
