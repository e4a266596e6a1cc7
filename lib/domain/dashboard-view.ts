// What the dashboard, an embedded chart and a chart's CSV show is read from the URL, so every view can be shared:
// the filters in force and the map's measure. These turn a view back into URL parameters and links.
import { filtersToQuery, type CommitmentFilters, type FilterKey, type SearchParams } from "./commitment-filters";
import { DEFAULT_MAP_MEASURE, type MapMeasure } from "./map-scale";

/** The filters the dashboard offers (everything but the explorer's text search), in the order of its form. */
export const DASHBOARD_FILTER_KEYS = [
  "theme",
  "pillar",
  "kind",
  "region",
  "meeting",
  "year",
  "status",
  "member",
] as const satisfies readonly FilterKey[];

/** The part of a dashboard view that its URL carries. */
export type ViewParams = { filters: CommitmentFilters; measure: MapMeasure };

/** URLSearchParams as the record pages receive (repeated keys become arrays). */
export function searchParamsRecord(params: URLSearchParams): SearchParams {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = record[key];
    record[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return record;
}

/** The view as URL parameters: the filters in force, and the map's measure when it is not the default one. */
export function viewQuery(view: ViewParams): Record<string, string> {
  const query = filtersToQuery(view.filters);
  return view.measure === DEFAULT_MAP_MEASURE ? query : { ...query, measure: view.measure };
}

/** `path` with the view's parameters, e.g. "/embed/map?theme=localisation&measure=completed". */
export function viewHref(path: string, view: ViewParams, hash?: string): string {
  const search = new URLSearchParams(viewQuery(view)).toString();
  return `${path}${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}

/** The view's parameters that the filter form does not offer (the map's measure, a member), which it must keep. */
export function viewQueryOutsideForm(view: ViewParams): Record<string, string> {
  const query = viewQuery(view);
  return Object.fromEntries(Object.entries(query).filter(([key]) => key === "measure" || key === "member"));
}
