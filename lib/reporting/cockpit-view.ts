// The cockpit's filter and sort, from the URL (anything unknown falls back to the default), and applied to its rows.
// Pure: the rows come from lib/data/secretariat/reporting/get-cockpit.ts (a few hundred members at most).
import type { CockpitRow } from "@/lib/data/secretariat/reporting/get-cockpit";

export const COCKPIT_FILTERS = ["all", "silent", "due", "pending"] as const;
export type CockpitFilter = (typeof COCKPIT_FILTERS)[number];

export const COCKPIT_SORTS = ["name", "silence", "unreported"] as const;
export type CockpitSort = (typeof COCKPIT_SORTS)[number];

export const COCKPIT_PAGE_SIZE = 100;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseCockpitQuery(params: Record<string, string | string[] | undefined>) {
  const show = COCKPIT_FILTERS.find((filter) => filter === first(params.show)) ?? "all";
  const sort = COCKPIT_SORTS.find((value) => value === first(params.sort)) ?? "name";
  const page = Number(first(params.page));
  return { show, sort, page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}

const MATCHES: Record<CockpitFilter, (row: CockpitRow) => boolean> = {
  all: () => true,
  silent: (row) => row.silent,
  due: (row) => row.due,
  pending: (row) => row.drafts + row.submitted + row.returned > 0,
};

/** Longest silence first: never-reported members, then by days since the last update. */
const silence = (row: CockpitRow) => row.daysSinceLastUpdate ?? Number.MAX_SAFE_INTEGER;

const ORDER: Record<CockpitSort, (a: CockpitRow, b: CockpitRow) => number> = {
  name: () => 0,
  silence: (a, b) => silence(b) - silence(a),
  unreported: (a, b) => b.commitments - b.reported - (a.commitments - a.reported),
};

/** The rows the filter keeps, in the chosen order (ties keep the member-name order of the query). */
export function cockpitRows(rows: readonly CockpitRow[], show: CockpitFilter, sort: CockpitSort): CockpitRow[] {
  return rows.filter(MATCHES[show]).sort(ORDER[sort]);
}
