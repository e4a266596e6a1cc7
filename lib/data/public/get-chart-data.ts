import "server-only";
import { cache } from "react";
import type { ChartId } from "@/lib/domain/dashboard-charts";
import type { MapMeasure } from "@/lib/domain/map-scale";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { Locale } from "@/lib/i18n/locales";
import { getMapData, type MapCountryRow } from "./get-map-data";
import { getReportingFreshness, type ReportingFreshness } from "./get-reporting-freshness";
import { getStatusByGroup, type GroupDimension, type StatusByGroupRow } from "./get-status-by-group";
import { getStatusByTheme, type StatusByThemeRow } from "./get-status-by-theme";
import { getStatusOverTime, type StatusOverTimeRow } from "./get-status-over-time";
import { getStatusOverall, type StatusOverall } from "./get-status-overall";

/**
 * What one chart shows: its id, the small, ready data it is drawn from, and whether that data includes demonstration
 * data (every rendering of the chart says so: the section, its CSV, its image, its embed).
 */
export type ChartData = (
  | { chart: "status-overall"; overall: StatusOverall }
  | { chart: "status-by-theme"; rows: StatusByThemeRow[] }
  | {
      chart: "status-by-pillar" | "status-by-member-kind" | "status-by-region";
      dimension: GroupDimension;
      rows: StatusByGroupRow[];
    }
  | { chart: "status-over-time"; rows: StatusOverTimeRow[] }
  | { chart: "reporting-freshness"; freshness: ReportingFreshness }
  | { chart: "map"; measure: MapMeasure; rows: MapCountryRow[] }
) & { includesDemonstrationData: boolean };

const DIMENSIONS = {
  "status-by-pillar": "pillar",
  "status-by-member-kind": "kind",
  "status-by-region": "region",
} as const;

/**
 * The data of one chart for the filters in force, as it stands on `today` (an ISO day), with the record's names (themes,
 * members) in `locale` where translated. Every read is cached.
 */
export function getChartData(
  chart: ChartId,
  filters: CommitmentFilters,
  today: string,
  measure: MapMeasure,
  locale: Locale,
): Promise<ChartData> {
  return chartDataOnce(JSON.stringify([chart, filters, today, measure, locale]));
}

/**
 * Read once per request: a page's link preview (generateMetadata) draws the chart the page draws too, at the same
 * moment, and two misses of the data cache at once both went to the database. React's cache compares arguments by
 * identity, so its key is the arguments as JSON (filters are strings and numbers, in a fixed key order).
 */
const chartDataOnce = cache((key: string): Promise<ChartData> => {
  const [chart, filters, today, measure, locale] = JSON.parse(key) as [
    ChartId,
    CommitmentFilters,
    string,
    MapMeasure,
    Locale,
  ];
  return readChartData(chart, filters, today, measure, locale);
});

async function readChartData(
  chart: ChartId,
  filters: CommitmentFilters,
  today: string,
  measure: MapMeasure,
  locale: Locale,
): Promise<ChartData> {
  switch (chart) {
    case "status-overall": {
      const overall = await getStatusOverall(filters);
      return { chart, overall, includesDemonstrationData: overall.includesDemonstrationData };
    }
    case "status-by-theme":
      return { chart, ...(await getStatusByTheme(filters, locale)) };
    case "status-by-pillar":
    case "status-by-member-kind":
    case "status-by-region": {
      const dimension = DIMENSIONS[chart];
      return { chart, dimension, ...(await getStatusByGroup(dimension, filters)) };
    }
    case "status-over-time":
      return { chart, ...(await getStatusOverTime(filters, today)) };
    case "reporting-freshness": {
      const freshness = await getReportingFreshness(filters, today);
      return { chart, freshness, includesDemonstrationData: freshness.includesDemonstrationData };
    }
    case "map":
      return { chart, measure, ...(await getMapData(filters, today, locale)) };
  }
}
