import "server-only";
import { todayIsoDay } from "@/lib/domain/iso-day";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { getReportingFreshness } from "./get-reporting-freshness";
import { getStatusOverall } from "./get-status-overall";
import { listPublishedUpdates } from "./list-published-updates";

/** How many published updates a member or theme page shows; the rest are a link away. */
const TIMELINE_LIMIT = 8;

export type Scorecard = Awaited<ReturnType<typeof getScorecard>>;

/**
 * The scorecard of a member or a theme: its approved commitments by implementation status ("Not reported"
 * included) and by reporting freshness, and the latest published updates. Every figure is aggregated in SQL by the
 * same reads as the dashboard, so a member page and the dashboard filtered by that member always agree.
 */
export async function getScorecard(filters: CommitmentFilters) {
  const [status, freshness, timeline] = await Promise.all([
    getStatusOverall(filters),
    getReportingFreshness(filters, todayIsoDay()),
    listPublishedUpdates(filters, TIMELINE_LIMIT),
  ]);
  return { status, freshness, timeline };
}
