import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportedStatus } from "@/lib/domain/implementation-status";
import { tallyByKey } from "@/lib/open-data/records";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { commitmentsFrom, demoCommitmentFigureSql } from "@/lib/data/public/demonstration-sql";

type Grouped = { key: string; status: ReportedStatus | null; count: number; demo: boolean };

/**
 * Approved pledges by member slug and status, counted in SQL; `slugs` limits it to some members. Pledges only, since
 * only they have a status; a joint pledge counts for each of its members (decision 0012). With `demo: "exclude"`
 * in the filters, demonstration commitments are left out and statuses come from real updates (decision 0013).
 */
export async function memberStatusTallies(slugs?: readonly string[], filters: CommitmentFilters = {}) {
  if (slugs?.length === 0) return tallyByKey([]);
  const only = slugs ? Prisma.sql`AND m.slug IN (${Prisma.join(slugs)})` : Prisma.empty;
  const rows = await db.$queryRaw<Grouped[]>`
    SELECT m.slug AS key, c.current_status::text AS status, count(*)::int AS count,
           bool_or(${demoCommitmentFigureSql(filters)}) AS demo
    FROM ${commitmentsFrom(filters)} c
      JOIN commitment_members cm ON cm.commitment_id = c.id
      JOIN members m ON m.id = cm.member_id
    WHERE c.approval = 'APPROVED' AND c.kind = 'PLEDGE' ${only}
    GROUP BY 1, 2`;
  return tallyByKey(rows);
}

/** Approved pledges by theme slug and status, counted in SQL. */
export async function themeStatusTallies(filters: CommitmentFilters = {}) {
  const rows = await db.$queryRaw<Grouped[]>`
    SELECT t.slug AS key, c.current_status::text AS status, count(*)::int AS count,
           bool_or(${demoCommitmentFigureSql(filters)}) AS demo
    FROM commitment_themes ct
      JOIN ${commitmentsFrom(filters)} c ON c.id = ct.commitment_id
      JOIN themes t ON t.id = ct.theme_id
    WHERE c.approval = 'APPROVED' AND c.kind = 'PLEDGE'
    GROUP BY 1, 2`;
  return tallyByKey(rows);
}

/** Approved commitments by meeting slug, counted in SQL. */
export async function meetingCommitmentCounts() {
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT mt.slug AS key, count(*)::int AS count
    FROM commitments c JOIN meetings mt ON mt.id = c.meeting_id
    WHERE c.approval = 'APPROVED'
    GROUP BY 1`;
  const counts = new Map(rows.map((row) => [row.key, row.count]));
  return (slug: string) => counts.get(slug) ?? 0;
}
