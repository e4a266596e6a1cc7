import { getFormatter, getTranslations } from "next-intl/server";
import type { MapCountryRow } from "@/lib/data/public/get-map-data";
import { worldMap } from "@/lib/domain/world-map";

/**
 * Which member states the 1:110m map is too coarse to draw (they are in the table), each name isolated from the
 * sentence around it (a Latin name in Arabic text), and the UN's boundary disclaimer.
 */
export async function MapNotes({ rows }: { rows: MapCountryRow[] }) {
  const t = await getTranslations("public.charts.map");
  const format = await getFormatter();
  const drawn = new Set(worldMap().countries.map((country) => country.iso3));
  const notDrawn = rows
    .filter((row) => !drawn.has(row.iso3))
    .map((row) => (row.members === 1 ? row.memberName : row.iso3));
  return (
    <div className="space-y-1 text-sm text-ink-muted">
      {notDrawn.length > 0 && (
        <p>
          {t.rich("notDrawn", {
            names: () =>
              format.list(
                notDrawn.map((name) => <bdi key={name}>{name}</bdi>),
                { type: "conjunction" },
              ),
          })}
        </p>
      )}
      <p>{t("disclaimer")}</p>
    </div>
  );
}
