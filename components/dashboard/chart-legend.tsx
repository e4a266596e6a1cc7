import type { Markup } from "@/lib/markup/svg-markup";

/** A key's swatch is a small SVG (./chart-swatch.ts), sent as markup: it never changes in the browser. */
export type LegendItem = { key: string; label: string; swatch: Markup };

/** A chart's key in HTML, each swatch with its words (colour is never the only signal); the image export reads it. */
export function ChartLegend({ label, items }: { label: string; items: LegendItem[] }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.key} data-legend-item className="inline-flex items-center gap-1.5">
          <span className="flex shrink-0" dangerouslySetInnerHTML={{ __html: item.swatch.html }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
