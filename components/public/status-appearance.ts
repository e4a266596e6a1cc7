// How each implementation status looks. Colour is never the only signal: every status also has a label (badges,
// legends, tables) and, in charts, a texture. The colours repeat the `status` tokens of tailwind.config.ts for SVG
// fills, where Tailwind classes do not reach; status-appearance.test.ts keeps the two in step.
import type { FreshnessState } from "@/lib/domain/freshness";
import type { StatusCategory } from "@/lib/domain/implementation-status";

export type Texture = "solid" | "hatch" | "stripes" | "dots" | "cross";

export type StatusAppearance = {
  color: string;
  texture: Texture;
  /** Tailwind class of the colour, for HTML swatches. */
  swatchClass: string;
};

export const STATUS_APPEARANCE: Record<StatusCategory, StatusAppearance> = {
  NOT_REPORTED: { color: "#8c96a0", texture: "hatch", swatchClass: "bg-status-not-reported" },
  NOT_STARTED: { color: "#c2410c", texture: "solid", swatchClass: "bg-status-not-started" },
  IN_PROGRESS: { color: "#0b5cad", texture: "stripes", swatchClass: "bg-status-in-progress" },
  SUBSTANTIALLY_COMPLETE: { color: "#6d28d9", texture: "dots", swatchClass: "bg-status-substantially-complete" },
  COMPLETED: { color: "#1f7a3a", texture: "solid", swatchClass: "bg-status-completed" },
  DISCONTINUED: { color: "#3f3f46", texture: "cross", swatchClass: "bg-status-discontinued" },
};

/** Freshness borrows the look of the status with the nearest meaning, so grey hatching means silence everywhere. */
export const FRESHNESS_LOOK: Record<FreshnessState, StatusCategory> = {
  REPORTED: "COMPLETED",
  DUE: "IN_PROGRESS",
  NOT_REPORTED: "NOT_REPORTED",
  INACTIVE: "DISCONTINUED",
};

/** The `fill` of a chart shape drawn with the status's texture (see StatusPatternDefs). */
export function textureFill(prefix: string, category: StatusCategory): string {
  return `url(#${prefix}-${category})`;
}
