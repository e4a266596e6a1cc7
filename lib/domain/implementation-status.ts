// Implementation status as the public sees it: the five statuses a member reports, plus NOT_REPORTED for a
// commitment with no published update yet. Silence is accountability data, so NOT_REPORTED is a category of its own
// on every chart and table, never folded into "Not started".

/** The statuses a progress update can carry (mirrors the database enum; kept here so this module stays pure). */
export const REPORTED_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "SUBSTANTIALLY_COMPLETE",
  "COMPLETED",
  "DISCONTINUED",
] as const;

export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

/** Display order of every chart, table and filter: silence first, then from not started to finished. */
export const STATUS_CATEGORIES = ["NOT_REPORTED", ...REPORTED_STATUSES] as const;

export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

/** The category of a commitment whose denormalised current status is `status` (null = no published update). */
export function statusCategory(status: ReportedStatus | null | undefined): StatusCategory {
  return status ?? "NOT_REPORTED";
}

/** Message key, in the "statuses" namespace, of a category's label. */
export function statusLabelKey(category: StatusCategory): `implementation.${StatusCategory}` {
  return `implementation.${category}`;
}

/** Completed and discontinued commitments need no further work: schedule no longer applies. */
export function isFinished(status: ReportedStatus | null | undefined): boolean {
  return status === "COMPLETED" || status === "DISCONTINUED";
}

export function isStatusCategory(value: unknown): value is StatusCategory {
  return typeof value === "string" && (STATUS_CATEGORIES as readonly string[]).includes(value);
}

/** A zero count for every category, in display order: charts and tables always show every category. */
export function emptyStatusCounts(): Record<StatusCategory, number> {
  return Object.fromEntries(STATUS_CATEGORIES.map((c) => [c, 0])) as Record<StatusCategory, number>;
}
