// The facts behind each chart's one-sentence summary, picked from the same numbers the chart and table show.
// Ties are reported as ties (every category or group with the top count, in display order), never broken silently.
import { STATUS_CATEGORIES, type StatusCategory } from "./implementation-status";

export type StatusCounts = Record<StatusCategory, number>;

export type Leaders<T> = { items: T[]; count: number };

export type OverallSummary = {
  total: number;
  /** The categories holding the most commitments; null when there are none. */
  largest: Leaders<StatusCategory> | null;
  notReported: number;
  completed: number;
};

/** Every item sharing the highest positive value, in input order; null when no value is positive. */
export function leaders<T>(items: readonly T[], value: (item: T) => number): Leaders<T> | null {
  let best: Leaders<T> | null = null;
  for (const item of items) {
    const count = value(item);
    if (count <= 0) continue;
    if (!best || count > best.count) best = { items: [item], count };
    else if (count === best.count) best.items.push(item);
  }
  return best;
}

export function summarizeStatusCounts(counts: StatusCounts): OverallSummary {
  return {
    total: STATUS_CATEGORIES.reduce((sum, category) => sum + counts[category], 0),
    largest: leaders(STATUS_CATEGORIES, (category) => counts[category]),
    notReported: counts.NOT_REPORTED,
    completed: counts.COMPLETED,
  };
}

export type ByGroupRow = { label: string; counts: StatusCounts; total: number };

export type ByGroupSummary = {
  /** Groups with at least one commitment. */
  groups: number;
  /** The groups with the most commitments. */
  largest: Leaders<string> | null;
  /** The groups with the most commitments without a published update; null when every commitment reported. */
  mostSilent: Leaders<string> | null;
};

export function summarizeByGroup(rows: readonly ByGroupRow[]): ByGroupSummary {
  const label = (found: Leaders<ByGroupRow> | null) =>
    found && { items: found.items.map((row) => row.label), count: found.count };
  return {
    groups: rows.filter((row) => row.total > 0).length,
    largest: label(leaders(rows, (row) => row.total)),
    mostSilent: label(leaders(rows, (row) => row.counts.NOT_REPORTED)),
  };
}
