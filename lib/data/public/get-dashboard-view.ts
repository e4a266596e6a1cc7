import "server-only";
import { parseCommitmentFilters, pickFilters, type SearchParams } from "@/lib/domain/commitment-filters";
import { DASHBOARD_FILTER_KEYS, type ViewParams } from "@/lib/domain/dashboard-view";
import { todayIsoDay } from "@/lib/domain/iso-day";
import { parseMapMeasure } from "@/lib/domain/map-scale";
import type { Locale } from "@/lib/i18n/locales";
import { listFilterOptions, type FilterOptions } from "./list-filter-options";

/** What the dashboard, an embedded chart and a chart's CSV show: read from the URL, so every view can be shared. */
export type DashboardView = ViewParams & {
  options: FilterOptions;
  /** The day the figures are computed for (UTC), so cached figures move on at midnight. */
  today: string;
  /** The language of the names in the options and the charts (the page's, or a CSV's `?locale`). */
  locale: Locale;
};

export async function getDashboardView(searchParams: SearchParams, locale: Locale): Promise<DashboardView> {
  const options = await listFilterOptions(locale);
  const parsed = parseCommitmentFilters(searchParams, options);
  return {
    filters: pickFilters(parsed, DASHBOARD_FILTER_KEYS),
    measure: parseMapMeasure(searchParams.measure),
    options,
    today: todayIsoDay(),
    locale,
  };
}
