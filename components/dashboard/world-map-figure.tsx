import { getFormatter, getTranslations } from "next-intl/server";
import { binOf, NO_DATA_COLOR, type MapBin, type MapMeasure } from "@/lib/domain/map-scale";
import { worldMap } from "@/lib/domain/world-map";
import { formatPercent } from "@/lib/i18n/format-percent";
import { element } from "@/lib/markup/svg-markup";
import { ChartLegend } from "./chart-legend";
import { colorSwatch } from "./chart-swatch";
import { worldMapShapeHref } from "./world-map-shapes";

type MapCountryValue = { iso3: string; label: string; value: number | null; text: string };

type Props = {
  countries: MapCountryValue[];
  measure: MapMeasure;
  bins: MapBin[];
  label: string;
  describedBy: string;
};

/**
 * The world map as server-rendered SVG, so it shows without JavaScript. Member states are shaded by the measure's
 * class; every other country, and the territories the atlas leaves without an ISO code, in the "no data" grey. Each
 * shape names its country and value in a <title>; the table after the map gives the same figures to everyone.
 */
export async function WorldMapFigure({ countries, measure, bins, label, describedBy }: Props) {
  const [t, format] = await Promise.all([getTranslations("public.charts.map"), getFormatter()]);
  const map = worldMap();
  const byIso3 = new Map(countries.map((country) => [country.iso3, country]));
  const legend = [
    ...bins.map((bin) => ({
      label:
        measure === "commitments"
          ? t("legendCount", { min: bin.min, max: bin.max, same: bin.min === bin.max ? "yes" : "no" })
          : t("legendPercent", { min: formatPercent(format, bin.min), max: formatPercent(format, bin.max) }),
      swatch: colorSwatch(bin.color),
    })),
    { label: t("legendNoData"), swatch: colorSwatch(NO_DATA_COLOR) },
  ];
  // The map never changes in the browser: one string (lib/markup/svg-markup.ts), not ~180 elements for React
  // to repeat in its payload and hydrate. The shapes are not in it: each country is a <use> of its shape in a file
  // the browser caches (./world-map-shapes.ts), shaded and named here. The stroke is set once on the group.
  const drawing = element(
    "svg",
    {
      viewBox: `0 0 ${map.width} ${map.height}`,
      role: "img",
      "aria-label": label,
      "aria-describedby": describedBy,
      class: "block h-auto w-full",
    },
    element(
      "g",
      { stroke: "#ffffff", "stroke-width": 1 },
      map.countries.map((shape, index) => {
        const country = shape.iso3 ? byIso3.get(shape.iso3) : undefined;
        const fill = binOf(bins, country?.value ?? null)?.color ?? NO_DATA_COLOR;
        return element(
          "use",
          {
            href: worldMapShapeHref(index),
            fill,
            "data-iso3": shape.iso3 ?? undefined,
            "data-value": country?.value ?? undefined,
          },
          element("title", {}, country ? country.text : t("countryNoData", { name: shape.atlasName })),
        );
      }),
    ),
  );
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium">{measure === "commitments" ? t("legendCountUnit") : t("legendPercentUnit")}</p>
      <ChartLegend label={t("measure." + measure)} items={legend} />
      {/* Drawn only when near the screen, like the bar charts (./chart-drawing.tsx); until then the map's proportions
          hold its place. */}
      <div
        data-chart-drawing
        className="w-full overflow-hidden rounded border border-line bg-[#f7fbff] [content-visibility:auto]"
        style={{ aspectRatio: `${map.width} / ${map.height}` }}
        dangerouslySetInnerHTML={{ __html: drawing.html }}
      />
    </div>
  );
}
