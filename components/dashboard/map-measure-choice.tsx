import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { DashboardView } from "@/lib/data/public/get-dashboard-view";
import { viewHref } from "@/lib/domain/dashboard-view";
import { MAP_MEASURES } from "@/lib/domain/map-scale";

/** The map's measure, chosen by plain links (so it works without JavaScript) that keep the filters in force. */
export async function MapMeasureChoice({ view, path }: { view: DashboardView; path: string }) {
  const t = await getTranslations("public.charts.map");
  return (
    <nav aria-labelledby="map-measure-heading" className="flex flex-wrap items-center gap-2 text-sm">
      <span id="map-measure-heading" className="font-medium">
        {t("measureHeading")}
      </span>
      <ul className="flex flex-wrap gap-2">
        {MAP_MEASURES.map((measure) => {
          const current = measure === view.measure;
          return (
            <li key={measure}>
              <Link
                href={viewHref(path, { ...view, measure }, path === "/" ? "map" : undefined)}
                scroll={false}
                aria-current={current ? "true" : undefined}
                className={`inline-block rounded border px-2 py-1 no-underline ${
                  current ? "border-brand bg-brand text-paper" : "border-ink-subtle text-ink hover:bg-paper-sunken"
                }`}
              >
                {t(`measure.${measure}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
