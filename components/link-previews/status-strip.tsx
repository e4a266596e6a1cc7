import { STATUS_APPEARANCE } from "@/components/public/status-appearance";
import type { StatusCategory } from "@/lib/domain/implementation-status";
import { PREVIEW_COLORS } from "./preview-card";

/** `text` names the status and its count, e.g. "Completed 12". */
export type StatusStripRow = { category: StatusCategory; count: number; text: string };

/**
 * Commitments by implementation status as one bar split in the statuses' colours, with a legend that names each
 * status and its count (colour is never the only signal, here as on the site).
 */
export function StatusStrip({ caption, rows }: { caption: string; rows: StatusStripRow[] }) {
  const shown = rows.filter((row) => row.count > 0);
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <div style={{ display: "flex", color: PREVIEW_COLORS.muted }}>{caption}</div>
      {shown.length > 0 && (
        <div style={{ display: "flex", height: 44, borderRadius: 6, overflow: "hidden" }}>
          {shown.map((row) => (
            <div key={row.category} style={{ display: "flex", flexGrow: row.count, background: color(row) }} />
          ))}
        </div>
      )}
      <div style={{ display: "flex", flexWrap: "wrap", columnGap: 28, rowGap: 6, fontSize: 22 }}>
        {shown.map((row) => (
          <div key={row.category} style={{ display: "flex", alignItems: "center", gap: 8 }}>
            <div style={{ display: "flex", width: 18, height: 18, borderRadius: 3, background: color(row) }} />
            <div style={{ display: "flex" }}>{row.text}</div>
          </div>
        ))}
      </div>
    </div>
  );
}

function color(row: StatusStripRow): string {
  return STATUS_APPEARANCE[row.category].color;
}
