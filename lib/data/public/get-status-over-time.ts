import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { emptyStatusCounts, statusCategory, type ReportedStatus } from "@/lib/domain/implementation-status";
import { isoDay } from "@/lib/domain/iso-day";
import type { StatusCounts } from "@/lib/domain/status-summary";
import { cachedPublicRead } from "./cache";
import { commitmentsFrom, DEMO_COMMITMENT_SQL, excludesDemonstrationData, updatesShownSql } from "./demonstration-sql";
import { pledgeFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";

/**
 * One reporting cycle with the status of every commitment as of the cycle's last day (today for the cycle under way):
 * the status of its latest update published by then, or "Not reported" when none was. Only commitments pledged by
 * then are counted, so `total` grows as meetings add commitments.
 */
export type StatusOverTimeRow = {
  slug: string;
  name: string;
  /** ISO days. `asOf` is the cycle's last day, or today while the cycle is under way. */
  startsOn: string;
  endsOn: string;
  asOf: string;
  current: boolean;
  counts: StatusCounts;
  total: number;
};

/** The rows, and whether a cycle, a commitment counted or an update its status comes from is demonstration data. */
export type StatusOverTime = { rows: StatusOverTimeRow[]; includesDemonstrationData: boolean };

type Row = {
  slug: string;
  name: string;
  starts_on: Date;
  ends_on: Date;
  as_of: Date;
  status: ReportedStatus | null;
  count: number;
  demo: boolean;
};

export const getStatusOverTime = cachedPublicRead(
  "status-over-time",
  async (filters: CommitmentFilters, today: string): Promise<StatusOverTime> => {
    const cycleShown = excludesDemonstrationData(filters) ? Prisma.sql`NOT is_demo` : Prisma.sql`true`;
    // Each published update holds from the day it was published until the day the next one was: +1 for its status on
    // the first day, -1 on the last. Summing those changes up to a cycle's as-of day counts the commitments in each
    // status then, without pairing every update with every cycle (which is slow at 50,000 commitments).
    // `pledged` counts what had been pledged by then; what no update accounts for is silence.
    // Both kinds of change come from one pass over `held`, grouped twice (GROUPING SETS): read twice, as a UNION, it
    // was written to disk first. Its window reads the updates in order from the index of published updates on
    // (commitment_id, published_at) (migration 20261216000000_dashboard_read_indexes), so nothing is sorted. Each
    // cycle then sums the changes up to its day by status alone (a few rows each), not grouped by all its columns.
    const grouped = await db.$queryRaw<Row[]>`
      WITH cycles AS (
        SELECT slug, name, starts_on, ends_on, LEAST(ends_on, ${today}::date) AS as_of, is_demo
        FROM reporting_cycles WHERE starts_on <= ${today}::date AND ${cycleShown}
      ),
      matching AS (
        SELECT c.id, mt.start_date AS pledged_on, ${DEMO_COMMITMENT_SQL} AS demo
        FROM ${commitmentsFrom(filters)} c JOIN meetings mt ON mt.id = c.meeting_id
        WHERE ${pledgeFilterSql(filters)}
      ),
      held AS (
        SELECT u.status, u.is_demo, (u.published_at AT TIME ZONE 'UTC')::date AS from_day,
               lead((u.published_at AT TIME ZONE 'UTC')::date)
                 OVER (PARTITION BY u.commitment_id ORDER BY u.published_at) AS until_day
        FROM progress_updates u
        WHERE u.review_state = 'PUBLISHED' AND ${updatesShownSql("u", filters)}
          AND u.commitment_id IN (SELECT id FROM matching)
      ),
      changes AS MATERIALIZED (
        SELECT CASE WHEN GROUPING(h.until_day) = 1 THEN h.from_day ELSE h.until_day END AS day, h.status,
               (CASE WHEN GROUPING(h.until_day) = 1 THEN 1 ELSE -1 END * count(*))::int AS delta,
               bool_or(h.is_demo) AS demo
        FROM held h
        GROUP BY GROUPING SETS ((h.from_day, h.status), (h.until_day, h.status))
        HAVING GROUPING(h.until_day) = 1 OR h.until_day IS NOT NULL
      ),
      pledged AS (SELECT pledged_on, count(*)::int AS count, bool_or(demo) AS demo FROM matching GROUP BY pledged_on)
      SELECT cy.slug, cy.name, cy.starts_on, cy.ends_on, cy.as_of, s.status, s.count, cy.is_demo OR s.demo AS demo
      FROM cycles cy CROSS JOIN LATERAL (
        SELECT ch.status, sum(ch.delta)::int AS count, bool_or(ch.demo) AS demo
        FROM changes ch WHERE ch.day <= cy.as_of GROUP BY ch.status) s
      UNION ALL
      SELECT cy.slug, cy.name, cy.starts_on, cy.ends_on, cy.as_of, NULL, coalesce(sum(p.count), 0)::int,
             cy.is_demo OR coalesce(bool_or(p.demo), false)
      FROM cycles cy LEFT JOIN pledged p ON p.pledged_on <= cy.as_of
      GROUP BY cy.slug, cy.name, cy.starts_on, cy.ends_on, cy.as_of, cy.is_demo
      ORDER BY starts_on`;
    const cycles = new Map<string, StatusOverTimeRow>();
    for (const row of grouped) {
      let cycle = cycles.get(row.slug);
      if (!cycle) {
        cycle = {
          slug: row.slug,
          name: row.name,
          startsOn: isoDay(row.starts_on),
          endsOn: isoDay(row.ends_on),
          asOf: isoDay(row.as_of),
          current: isoDay(row.as_of) !== isoDay(row.ends_on),
          counts: emptyStatusCounts(),
          total: 0,
        };
        cycles.set(row.slug, cycle);
      }
      // The row without a status carries the total pledged by then; "Not reported" is what no update accounts for.
      if (row.status === null) cycle.total = row.count;
      else cycle.counts[statusCategory(row.status)] += row.count;
    }
    for (const cycle of cycles.values()) {
      const reported = Object.values(cycle.counts).reduce((sum, count) => sum + count, 0);
      cycle.counts.NOT_REPORTED = cycle.total - reported;
    }
    return { rows: [...cycles.values()], includesDemonstrationData: grouped.some((row) => row.demo) };
  },
);
