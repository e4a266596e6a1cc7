// The dashboard's charts. Each has a section on the dashboard (its id is the section's anchor), an embeddable page
// (/embed/<id>) and a CSV of its table (/charts/<id>/data.csv), all reading the same filters from the URL.

export const CHART_IDS = [
  "status-overall",
  "status-by-theme",
  "status-by-pillar",
  "status-by-member-kind",
  "status-by-region",
  "status-over-time",
  "reporting-freshness",
  "map",
] as const;

export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: unknown): value is ChartId {
  return typeof value === "string" && (CHART_IDS as readonly string[]).includes(value);
}

/**
 * The query parameter of a dashboard link shared from one chart ("/?theme=x&chart=map#map"): the #anchor never
 * reaches the server, this tells the page which chart to show in the link's preview.
 */
export const SHARED_CHART_PARAM = "chart";

/** Message key segment (under public.charts) of each chart's strings. */
export const CHART_MESSAGES: Record<ChartId, string> = {
  "status-overall": "overall",
  "status-by-theme": "byTheme",
  "status-by-pillar": "byPillar",
  "status-by-member-kind": "byKind",
  "status-by-region": "byRegion",
  "status-over-time": "overTime",
  "reporting-freshness": "freshness",
  map: "map",
};
