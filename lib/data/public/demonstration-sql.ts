import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";

// Demonstration data in public figures (docs/decisions/0013-demonstration-flag.md). Every figure says whether the
// rows it was computed from include demonstration data, in the same query as the figure; `demo: "exclude"` in the
// filters computes it without them. These are the SQL pieces every public read shares, on a `commitments c` alias.

export function excludesDemonstrationData(filters: CommitmentFilters): boolean {
  return filters.demo === "exclude";
}

/**
 * Whether the latest published update of commitment `c` is demonstration data (false when it has none), kept on the
 * row by a trigger (migration 20261215000000_commitment_derived_facts): a lookup per commitment in every figure cost
 * 50,000 index searches per chart, and PostgreSQL's estimate of them made it plan every chart as if it were huge.
 */
const LATEST_UPDATE_IS_DEMO = Prisma.sql`c.latest_update_is_demo`;

/** The commitment or its member is demonstration data. */
export const DEMO_COMMITMENT_SQL = Prisma.sql`(c.is_demo
  OR EXISTS (SELECT 1 FROM members dm WHERE dm.id = c.member_id AND dm.is_demo))`;

/**
 * True for a commitment whose counted figures come from demonstration data: the commitment or its member is, or its
 * status and date come from a demonstration update. Always false when demonstration data is left out.
 */
export function demoCommitmentFigureSql(filters: CommitmentFilters): Prisma.Sql {
  if (excludesDemonstrationData(filters)) return Prisma.sql`false`;
  return Prisma.sql`(${DEMO_COMMITMENT_SQL} OR ${LATEST_UPDATE_IS_DEMO})`;
}

/**
 * What to read commitments from, as `FROM ${commitmentsFrom(filters)} c`: the table itself, or, without
 * demonstration data, the commitments whose status, percentage and date of last update come from their latest
 * published update that is not demonstration data. A commitment whose latest update is real keeps its row as it is
 * (so a status the secretariat set, such as discontinued, stays). `jsonb_populate_record` replaces those three
 * columns and keeps every other one, so the reads' column references do not change.
 */
export function commitmentsFrom(filters: CommitmentFilters): Prisma.Sql {
  if (!excludesDemonstrationData(filters)) return Prisma.sql`commitments`;
  return Prisma.sql`(
    SELECT (jsonb_populate_record(c, CASE WHEN ${LATEST_UPDATE_IS_DEMO}
             THEN jsonb_build_object('current_status', r.status, 'current_percent', r.percent_complete,
                                     'last_published_at', r.published_at)
             ELSE '{}'::jsonb END)).*
    FROM commitments c
    LEFT JOIN LATERAL (
      SELECT ru.status, ru.percent_complete, ru.published_at FROM progress_updates ru
      WHERE ru.commitment_id = c.id AND ru.review_state = 'PUBLISHED' AND NOT ru.is_demo
      ORDER BY ru.published_at DESC, ru.id DESC LIMIT 1
    ) r ON true
    WHERE NOT ${DEMO_COMMITMENT_SQL})`;
}

/** A condition on a `progress_updates` alias: every published update, or only real ones. */
export function updatesShownSql(alias: string, filters: CommitmentFilters): Prisma.Sql {
  return excludesDemonstrationData(filters) ? Prisma.sql`NOT ${Prisma.raw(alias)}.is_demo` : Prisma.sql`true`;
}
