import { STATUS_CATEGORIES, type StatusCategory } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, type Texture } from "@/components/public/status-appearance";
import { element, type Markup } from "@/lib/markup/svg-markup";

const SIZE = 8;

/** SVG <defs> with a textured pattern per status (or only those listed), ids `${prefix}-${STATUS}`. */
export function statusPatternsMarkup(prefix: string, only?: readonly StatusCategory[]): Markup {
  return element(
    "defs",
    {},
    (only ?? STATUS_CATEGORIES).map((category) => {
      const { color, texture } = STATUS_APPEARANCE[category];
      return element(
        "pattern",
        {
          id: `${prefix}-${category}`,
          width: SIZE,
          height: SIZE,
          patternUnits: "userSpaceOnUse",
          patternTransform: texture === "hatch" || texture === "stripes" ? "rotate(45)" : undefined,
        },
        element("rect", { width: SIZE, height: SIZE, fill: texture === "hatch" ? "#ffffff" : color }),
        marks(texture, color),
      );
    }),
  );
}

function marks(texture: Texture, color: string): Markup | null {
  switch (texture) {
    case "hatch":
      return element("rect", { width: 3, height: SIZE, fill: color });
    case "stripes":
      return element("rect", { width: 2, height: SIZE, fill: "#ffffff", "fill-opacity": 0.45 });
    case "dots":
      return element("circle", { cx: SIZE / 2, cy: SIZE / 2, r: 1.6, fill: "#ffffff", "fill-opacity": 0.7 });
    case "cross":
      return element("path", {
        d: `M0 0L${SIZE} ${SIZE}M${SIZE} 0L0 ${SIZE}`,
        stroke: "#ffffff",
        "stroke-opacity": 0.55,
        "stroke-width": 1.2,
      });
    default:
      return null;
  }
}
