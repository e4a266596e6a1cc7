import "server-only";
import { db } from "@/lib/db";
import {
  emptyStatusCounts,
  statusCategory,
  STATUS_CATEGORIES,
  type ReportedStatus,
  type StatusCategory,
} from "@/lib/domain/implementation-status";
import { cachedPublicRead } from "./cache";
import { commitmentsFrom, demoCommitmentFigureSql } from "./demonstration-sql";
import { pledgeFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";

export type StatusOverall = {
  /** Every category in display order, zeros included: "Not reported" is always shown. */
  rows: { category: StatusCategory; count: number }[];
  counts: Record<StatusCategory, number>;
  total: number;
  /** Some commitment counted, its member or the update its status comes from is demonstration data. */
  includesDemonstrationData: boolean;
};

export const getStatusOverall = cachedPublicRead(
  "status-overall",
  async (filters: CommitmentFilters): Promise<StatusOverall> => {
    const grouped = await db.$queryRaw<{ status: ReportedStatus | null; count: number; demo: boolean }[]>`
      SELECT c.current_status AS status, count(*)::int AS count, bool_or(${demoCommitmentFigureSql(filters)}) AS demo
      FROM ${commitmentsFrom(filters)} c
      WHERE ${pledgeFilterSql(filters)}
      GROUP BY c.current_status`;
    const counts = emptyStatusCounts();
    for (const { status, count } of grouped) counts[statusCategory(status)] += count;
    const rows = STATUS_CATEGORIES.map((category) => ({ category, count: counts[category] }));
    return {
      rows,
      counts,
      total: rows.reduce((sum, row) => sum + row.count, 0),
      includesDemonstrationData: grouped.some((row) => row.demo),
    };
  },
);
