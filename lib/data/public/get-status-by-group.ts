import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberKind, Pillar, RegionalGroup } from "@/lib/generated/prisma/enums";
import { MEMBER_KINDS, PILLARS, REGIONAL_GROUPS } from "@/lib/domain/enum-values";
import { emptyStatusCounts, statusCategory, type ReportedStatus } from "@/lib/domain/implementation-status";
import type { StatusCounts } from "@/lib/domain/status-summary";
import { cachedPublicRead } from "./cache";
import { commitmentsFrom, demoCommitmentFigureSql } from "./demonstration-sql";
import { pledgeFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";

export type GroupDimension = "pillar" | "kind" | "region";

/** "NONE": a commitment with no pillar recorded, or a member outside the UN regional groups (not a member state). */
export type GroupKey = Pillar | MemberKind | RegionalGroup | "NONE";

/** One group with the number of its commitments in each status; groups with no commitment are left out. */
export type StatusByGroupRow = { key: GroupKey; counts: StatusCounts; total: number };

/** The rows, and whether any commitment counted (its member, the update its status comes from) is demonstration data. */
export type StatusByGroup = { rows: StatusByGroupRow[]; includesDemonstrationData: boolean };

const ORDER: Record<GroupDimension, readonly string[]> = {
  pillar: PILLARS,
  kind: MEMBER_KINDS,
  region: REGIONAL_GROUPS,
};

/**
 * The SQL expression giving each commitment's group (one row per pillar: a commitment can have several). Grouped as
 * the enum and named as text after: hashing the enum is cheaper than casting every row first.
 */
function groupSql(dimension: GroupDimension, filters: CommitmentFilters): { from: Prisma.Sql; group: Prisma.Sql } {
  const commitments = commitmentsFrom(filters);
  switch (dimension) {
    case "pillar":
      return {
        from: Prisma.sql`${commitments} c CROSS JOIN LATERAL unnest(
          CASE WHEN cardinality(c.pillars) = 0 THEN ARRAY[NULL]::"Pillar"[] ELSE c.pillars END) AS g(key)`,
        group: Prisma.sql`g.key`,
      };
    // A joint commitment counts once, in its lead member's group, as the kind and region filters select it
    // (commitment-filter-sql.ts), so a row of the chart and the explorer filtered by that group agree.
    case "kind":
      return { from: leadMember(commitments), group: Prisma.sql`lm.kind` };
    case "region":
      return { from: leadMember(commitments), group: Prisma.sql`lm.regional_group` };
  }
}

function leadMember(commitments: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${commitments} c JOIN members lm ON lm.id = c.member_id`;
}

export const getStatusByGroup = cachedPublicRead(
  "status-by-group",
  async (dimension: GroupDimension, filters: CommitmentFilters): Promise<StatusByGroup> => {
    const { from, group } = groupSql(dimension, filters);
    const grouped = await db.$queryRaw<
      { key: string | null; status: ReportedStatus | null; count: number; demo: boolean }[]
    >`
      SELECT ${group}::text AS key, c.current_status AS status, count(*)::int AS count,
             bool_or(${demoCommitmentFigureSql(filters)}) AS demo
      FROM ${from}
      WHERE ${pledgeFilterSql(filters)}
      GROUP BY ${group}, c.current_status`;
    const rows = new Map<GroupKey, StatusByGroupRow>();
    for (const { key, status, count } of grouped) {
      const groupKey = (key ?? "NONE") as GroupKey;
      let row = rows.get(groupKey);
      if (!row) {
        row = { key: groupKey, counts: emptyStatusCounts(), total: 0 };
        rows.set(groupKey, row);
      }
      row.counts[statusCategory(status)] += count;
      row.total += count;
    }
    const order = [...ORDER[dimension], "NONE"];
    return {
      rows: [...rows.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
      includesDemonstrationData: grouped.some((row) => row.demo),
    };
  },
);
