// Shared look of the Recharts wrappers, in the design tokens' colours (tailwind.config.ts: ink, line).
export const AXIS_TICK = { fill: "#1b1f24", fontSize: 12 } as const;
export const GRID_STROKE = "#d5dae0";
export const CURSOR_FILL = "#eceff3";

/** A DOM-id-safe prefix for the texture patterns of one chart instance. */
export function patternPrefix(name: string, reactId: string): string {
  return `${name}${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
}
