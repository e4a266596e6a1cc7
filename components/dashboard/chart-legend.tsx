import { element, fragment, type Markup } from "@/lib/markup/svg-markup";

/** A key's swatch is a small SVG (./chart-swatch.ts), sent as markup: it never changes in the browser. */
export type LegendItem = { label: string; swatch: Markup };

/**
 * A chart's key in HTML, each swatch with its words (colour is never the only signal); the image export reads it.
 * The items never change in the browser: they are one string of markup (lib/markup/svg-markup.ts), not elements
 * for React to hydrate.
 */
export function ChartLegend({ label, items }: { label: string; items: LegendItem[] }) {
  const markup = fragment(
    items.map((item) =>
      element(
        "li",
        { "data-legend-item": "", class: "inline-flex items-center gap-1.5" },
        element("span", { class: "flex shrink-0" }, item.swatch),
        item.label,
      ),
    ),
  );
  return (
    <ul
      aria-label={label}
      className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
      dangerouslySetInnerHTML={{ __html: markup.html }}
    />
  );
}
