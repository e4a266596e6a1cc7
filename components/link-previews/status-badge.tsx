import { STATUS_APPEARANCE } from "@/components/public/status-appearance";
import type { StatusCategory } from "@/lib/domain/implementation-status";
import { PREVIEW_COLORS } from "./preview-card";

/** A commitment's status as a filled label in the status's colour, and the date of its latest published update. */
export function StatusBadge({ category, text, note }: { category: StatusCategory; text: string; note: string }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
      <div
        style={{
          display: "flex",
          padding: "10px 24px",
          borderRadius: 8,
          background: STATUS_APPEARANCE[category].color,
          color: PREVIEW_COLORS.paper,
          fontSize: 34,
        }}
      >
        {text}
      </div>
      <div style={{ display: "flex", color: PREVIEW_COLORS.muted }}>{note}</div>
    </div>
  );
}
