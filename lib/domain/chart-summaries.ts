// The facts behind the one-sentence summaries of the charts that status-summary.ts does not cover: change over the
// reporting cycles, reporting freshness and the map. Ties are reported as ties.
import type { FreshnessState } from "./freshness";
import { leaders, type Leaders, type StatusCounts } from "./status-summary";

type CycleFigures = {
  name: string;
  asOf: string;
  current: boolean;
  total: number;
  completed: number;
  notReported: number;
};

export type OverTimeSummary = {
  /** The first cycle with any commitment pledged by its end, and the latest cycle; the same cycle when only one. */
  first: CycleFigures;
  last: CycleFigures;
  cycles: number;
} | null;

export function summarizeOverTime(
  rows: readonly { name: string; asOf: string; current: boolean; counts: StatusCounts; total: number }[],
): OverTimeSummary {
  const figures = (row: (typeof rows)[number]): CycleFigures => ({
    name: row.name,
    asOf: row.asOf,
    current: row.current,
    total: row.total,
    completed: row.counts.COMPLETED,
    notReported: row.counts.NOT_REPORTED,
  });
  const withCommitments = rows.filter((row) => row.total > 0);
  const first = withCommitments[0];
  const last = withCommitments.at(-1);
  if (!first || !last) return null;
  return { first: figures(first), last: figures(last), cycles: withCommitments.length };
}

export type FreshnessSummary = { total: number } & Record<FreshnessState, number>;

export function summarizeFreshness(rows: readonly { state: FreshnessState; count: number }[]): FreshnessSummary {
  const count = (state: FreshnessState) => rows.find((row) => row.state === state)?.count ?? 0;
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    REPORTED: count("REPORTED"),
    DUE: count("DUE"),
    NOT_REPORTED: count("NOT_REPORTED"),
    INACTIVE: count("INACTIVE"),
  };
}

export type MapSummary = {
  /** Countries with at least one matching commitment. */
  countries: number;
  /** The countries with the highest value of the measure; null when no country has a positive value. */
  highest: Leaders<string> | null;
};

export function summarizeMap(rows: readonly { label: string; value: number | null }[]): MapSummary {
  const found = leaders(rows, (row) => row.value ?? 0);
  return {
    countries: rows.length,
    highest: found && { items: found.items.map((row) => row.label), count: found.count },
  };
}
