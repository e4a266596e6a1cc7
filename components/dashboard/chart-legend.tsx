import type { ReactNode } from "react";

export type LegendItem = { key: string; label: string; swatch: ReactNode };

/** A chart's key in HTML, each swatch with its words (colour is never the only signal); the image export reads it. */
export function ChartLegend({ label, items }: { label: string; items: LegendItem[] }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.key} data-legend-item className="inline-flex items-center gap-1.5">
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
