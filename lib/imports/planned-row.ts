// One row of an import's preview: what it will do, and what the confirmation checks it still does. `baseVersion` is
// the version of the record the row was planned against, so that a record changed since the preview changes the plan.
import type { RowProblem } from "./row-problem";

type Change = { column: string; before: string | null; after: string | null };

export type PlannedRow =
  | { line: number; ref: string | null; action: "error"; problems: RowProblem[] }
  | { line: number; ref: string; action: "create"; title: string }
  | { line: number; ref: string; action: "change"; baseVersion: number; changes: Change[] }
  | { line: number; ref: string; action: "unchanged"; baseVersion?: number };

export type PlanCounts = Record<PlannedRow["action"], number>;

export function countPlan(plan: readonly PlannedRow[]): PlanCounts {
  const counts: PlanCounts = { create: 0, change: 0, unchanged: 0, error: 0 };
  for (const row of plan) counts[row.action]++;
  return counts;
}
