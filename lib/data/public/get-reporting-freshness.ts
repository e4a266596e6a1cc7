import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { FRESHNESS_STATES, type FreshnessState } from "@/lib/domain/freshness";
import { isoDay } from "@/lib/domain/iso-day";
import { cachedPublicRead } from "./cache";
import { commitmentsFrom, demoCommitmentFigureSql, excludesDemonstrationData } from "./demonstration-sql";
import { pledgeFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { getCyclesAsOf, type ReportingCycleRow } from "./get-reporting-cycles";

export type ReportingFreshness = {
  /** Null before the first reporting cycle starts: there is no freshness to show yet. */
  cycle: ReportingCycleRow | null;
  /** Every state in display order, zeros included: silence is always shown. */
  rows: { state: FreshnessState; count: number }[];
  total: number;
  /** A commitment counted, its latest update or the reporting cycle is demonstration data. */
  includesDemonstrationData: boolean;
};

/**
 * How many of the matching commitments are in each reporting-freshness state on `today`. The CASE below is
 * computeFreshness (lib/domain/freshness.ts) in SQL, rule for rule, comparing UTC calendar days; the integration
 * test checks the two agree.
 */
export const getReportingFreshness = cachedPublicRead(
  "reporting-freshness",
  async (filters: CommitmentFilters, today: string): Promise<ReportingFreshness> => {
    const cycles = (await getCyclesAsOf(today, excludesDemonstrationData(filters))).current;
    if (!cycles) {
      const rows = FRESHNESS_STATES.map((state) => ({ state, count: 0 }));
      return { cycle: null, rows, total: 0, includesDemonstrationData: false };
    }
    const { current, previous } = cycles;
    const inactive = previous
      ? Prisma.sql`mt.start_date <= ${isoDay(previous.endsOn)}::date
          AND (d.last_day IS NULL OR d.last_day < ${isoDay(previous.startsOn)}::date)`
      : Prisma.sql`false`;
    const grouped = await db.$queryRaw<{ state: FreshnessState; count: number; demo: boolean }[]>`
      SELECT CASE
               WHEN d.last_day >= ${isoDay(current.startsOn)}::date THEN 'REPORTED'
               WHEN ${inactive} THEN 'INACTIVE'
               WHEN ${today}::date <= ${isoDay(current.dueOn)}::date
                 OR mt.start_date > ${isoDay(current.dueOn)}::date THEN 'DUE'
               ELSE 'NOT_REPORTED'
             END AS state,
             count(*)::int AS count, bool_or(${demoCommitmentFigureSql(filters)}) AS demo
      FROM ${commitmentsFrom(filters)} c
      JOIN meetings mt ON mt.id = c.meeting_id
      CROSS JOIN LATERAL (SELECT (c.last_published_at AT TIME ZONE 'UTC')::date AS last_day) d
      WHERE ${pledgeFilterSql(filters)}
      GROUP BY 1`;
    const counts = new Map(grouped.map((row) => [row.state, row.count]));
    const rows = FRESHNESS_STATES.map((state) => ({ state, count: counts.get(state) ?? 0 }));
    return {
      cycle: current,
      rows,
      total: rows.reduce((sum, row) => sum + row.count, 0),
      includesDemonstrationData: current.isDemo || (previous?.isDemo ?? false) || grouped.some((row) => row.demo),
    };
  },
);
