// Faceted search: each facet counts the commitments that match every other filter in force, ignoring its own, so a
// reader sees how many they would get by picking another value ("as good faceted search does"). These helpers shape
// the counts from SQL into the options a form shows.

export const FACET_KEYS = ["type", "status", "theme", "pillar", "kind", "region", "member", "meeting", "year"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type FacetOption = { value: string; label: string; count: number; selected: boolean };

export type CatalogueEntry = { value: string; label: string };

/**
 * The options of one facet, in the catalogue's order. A short, fixed list (statuses, pillars, kinds…) keeps its zero
 * counts so the choices never jump around and silence stays visible; a long one (members, meetings, years) shows
 * only values with commitments, plus the selected value whatever its count. With `limit`, only that many values are
 * kept, those with the most commitments (the selected one always stays).
 */
export function facetOptions(
  catalogue: readonly CatalogueEntry[],
  counts: ReadonlyMap<string, number>,
  selected: string | undefined,
  keepEmpty: boolean,
  limit = Number.POSITIVE_INFINITY,
): FacetOption[] {
  const options = catalogue
    .map(({ value, label }) => ({ value, label, count: counts.get(value) ?? 0, selected: value === selected }))
    .filter((option) => keepEmpty || option.count > 0 || option.selected);
  if (options.length <= limit) return options;
  // A stable sort keeps the catalogue's order among equal counts.
  const kept = new Set(
    [...options]
      .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count)
      .slice(0, Math.max(limit, 1))
      .map((option) => option.value),
  );
  return options.filter((option) => kept.has(option.value));
}

/** The filters without one of them: what a facet's own counts are computed with. */
export function withoutFilter<F extends object>(filters: F, key: keyof F): F {
  const rest = { ...filters };
  delete rest[key];
  return rest;
}
