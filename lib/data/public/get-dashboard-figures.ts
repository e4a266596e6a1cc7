import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayIsoDay } from "@/lib/domain/iso-day";
import { wholePercent } from "@/lib/domain/percent";
import { cachedPublicRead } from "./cache";
import { commitmentFilterSql } from "./commitment-filter-sql";
import {
  commitmentsFrom,
  DEMO_COMMITMENT_SQL,
  demoCommitmentFigureSql,
  excludesDemonstrationData,
  updatesShownSql,
} from "./demonstration-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { CycleSummary } from "./get-current-cycle";
import { getCyclesAsOf } from "./get-reporting-cycles";

export type DashboardFigures = {
  /** Every kind of statement, each counted once however many members it has. */
  commitments: number;
  byKind: { pledges: number; recommendations: number; practices: number };
  /** The status figures below count pledges only: status applies to them alone (decision 0012). */
  pledges: number;
  /** Members with at least one of the commitments counted. */
  members: number;
  completed: number;
  /** Whole percentages; null when there is nothing to divide by. */
  completedPercent: number | null;
  notReported: number;
  /** Null when no reporting cycle has started. */
  reportedThisCycle: number | null;
  reportedPercent: number | null;
  /** Updates published on the commitments counted in the twelve months up to today. */
  updatesLastYear: number;
  cycle: CycleSummary | null;
  lastPublishedAt: Date | null;
  /** Which figures were computed from demonstration data (rows, updates or the reporting cycle they count). */
  demonstration: Record<"commitments" | "members" | "completed" | "reported" | "updates", boolean>;
};

type Row = {
  commitments: number;
  pledges: number;
  recommendations: number;
  practices: number;
  members: number;
  completed: number;
  not_reported: number;
  reported: number | null;
  last_published_at: Date | null;
  updates_last_year: number;
  demo_commitments: boolean;
  demo_statuses: boolean;
  demo_updates: boolean;
};

/** The headline figures for the commitments matching `filters`, as they stand on `today` (an ISO day). */
export function getDashboardFigures(
  filters: CommitmentFilters,
  today: string = todayIsoDay(),
): Promise<DashboardFigures> {
  return cachedFigures(filters, today);
}

const cachedFigures = cachedPublicRead(
  "dashboard-figures",
  async (filters: CommitmentFilters, today: string): Promise<DashboardFigures> => {
    const withoutDemo = excludesDemonstrationData(filters);
    const cycle = (await getCyclesAsOf(today, withoutDemo)).current?.current ?? null;
    // Same rule as computeFreshness: an update published on or after the cycle's first day counts for the cycle.
    const reported = cycle
      ? Prisma.sql`count(*) FILTER (WHERE c.kind = 'PLEDGE' AND c.last_published_at >= ${cycle.startsOn})::int`
      : Prisma.sql`NULL::int`;
    // `matching` keeps only the columns read below: it is materialised (read three times), and every column of a
    // commitment (its texts, its search vector) made it about 30 MB at 50,000 commitments, written to disk.
    const [row] = await db.$queryRaw<Row[]>`
      WITH matching AS (
        SELECT c.id, c.kind, c.current_status, c.last_published_at,
               ${DEMO_COMMITMENT_SQL} AS demo_row, ${demoCommitmentFigureSql(filters)} AS demo_figures
        FROM ${commitmentsFrom(filters)} c WHERE ${commitmentFilterSql(filters)}
      ),
      updates_last_year AS (
        SELECT u.is_demo FROM progress_updates u JOIN matching m ON m.id = u.commitment_id
        WHERE u.review_state = 'PUBLISHED' AND ${updatesShownSql("u", filters)}
          AND u.published_at >= ((${today}::date - interval '12 months') AT TIME ZONE 'UTC')
          AND u.published_at < ((${today}::date + 1) AT TIME ZONE 'UTC')
      )
      SELECT count(*)::int AS commitments,
             count(*) FILTER (WHERE c.kind = 'PLEDGE')::int AS pledges,
             count(*) FILTER (WHERE c.kind = 'RECOMMENDATION')::int AS recommendations,
             count(*) FILTER (WHERE c.kind = 'PRACTICE')::int AS practices,
             (SELECT count(*)::int FROM (SELECT cm.member_id FROM commitment_members cm
              JOIN matching m ON m.id = cm.commitment_id GROUP BY cm.member_id) counted) AS members,
             count(*) FILTER (WHERE c.current_status = 'COMPLETED')::int AS completed,
             count(*) FILTER (WHERE c.kind = 'PLEDGE' AND c.current_status IS NULL)::int AS not_reported,
             ${reported} AS reported,
             max(c.last_published_at) AS last_published_at,
             (SELECT count(*)::int FROM updates_last_year) AS updates_last_year,
             coalesce(bool_or(c.demo_row), false) AS demo_commitments,
             coalesce(bool_or(c.demo_figures), false) AS demo_statuses,
             coalesce((SELECT bool_or(is_demo) FROM updates_last_year), false) AS demo_updates
      FROM matching c`;
    if (!row) throw new Error("An aggregate query returned no row.");
    return {
      commitments: row.commitments,
      byKind: { pledges: row.pledges, recommendations: row.recommendations, practices: row.practices },
      pledges: row.pledges,
      members: row.members,
      completed: row.completed,
      completedPercent: wholePercent(row.completed, row.pledges),
      notReported: row.not_reported,
      reportedThisCycle: row.reported,
      reportedPercent: row.reported === null ? null : wholePercent(row.reported, row.pledges),
      updatesLastYear: row.updates_last_year,
      cycle,
      lastPublishedAt: row.last_published_at,
      demonstration: {
        // The commitments tile says how many have no published update: that note counts statuses.
        commitments: row.demo_statuses,
        members: row.demo_commitments,
        completed: row.demo_statuses,
        reported: row.demo_statuses || (cycle?.isDemo ?? false),
        updates: row.demo_commitments || row.demo_updates,
      },
    };
  },
);
