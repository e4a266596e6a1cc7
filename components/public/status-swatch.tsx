import { useId } from "react";
import type { StatusCategory } from "@/lib/domain/implementation-status";
import { STATUS_APPEARANCE, textureFill } from "./status-appearance";
import { StatusPatternDefs } from "./status-pattern-defs";

/** A small square drawn with the status's colour and texture, as in the charts. Decorative: always next to a label. */
export function StatusSwatch({ status, size = 12 }: { status: StatusCategory; size?: number }) {
  const prefix = `swatch${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false" className="shrink-0">
      <StatusPatternDefs prefix={prefix} only={[status]} />
      <rect
        x={0.5}
        y={0.5}
        width={size - 1}
        height={size - 1}
        fill={textureFill(prefix, status)}
        stroke={STATUS_APPEARANCE[status].color}
      />
    </svg>
  );
}
