import { STATUS_APPEARANCE, textureFill } from "@/components/public/status-appearance";
import { statusPatternsMarkup } from "@/components/public/status-patterns";
import { element, type Markup } from "@/lib/markup/svg-markup";
import type { StatusCategory } from "@/lib/domain/implementation-status";

const SIZE = 14;

/** A legend's square, drawn like the chart's shapes: a status's colour and texture (patterns under `prefix`). */
export function statusSwatch(prefix: string, status: StatusCategory): Markup {
  return swatch(textureFill(prefix, status), STATUS_APPEARANCE[status].color, statusPatternsMarkup(prefix, [status]));
}

/** A legend's square of one colour (a class of the map). */
export function colorSwatch(fill: string): Markup {
  return swatch(fill, "#6b7580");
}

function swatch(fill: string, stroke: string, defs?: Markup): Markup {
  return element(
    "svg",
    { width: SIZE, height: SIZE, "aria-hidden": "true", focusable: "false" },
    defs,
    element("rect", { x: 0.5, y: 0.5, width: SIZE - 1, height: SIZE - 1, fill, stroke }),
  );
}
