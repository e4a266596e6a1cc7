import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublicRead } from "./cache";
import { commitmentsFrom, demoCommitmentFigureSql, excludesDemonstrationData } from "./demonstration-sql";
import { pledgeFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { Locale } from "@/lib/i18n/locales";
import { getCyclesAsOf } from "./get-reporting-cycles";

/**
 * The matching commitments of member states, by country (ISO 3166 alpha-3). Several members can share a country code
 * (the synthetic data does), so figures are per country, with the number of members behind them.
 */
export type MapCountryRow = {
  iso3: string;
  /** The member's name when one member has this code; otherwise the first by name. */
  memberName: string;
  members: number;
  commitments: number;
  completed: number;
  /** Null before the first reporting cycle starts. */
  reported: number | null;
};

/** The rows, and whether a commitment counted, its latest update or the reporting cycle is demonstration data. */
export type MapData = { rows: MapCountryRow[]; includesDemonstrationData: boolean };

export const getMapData = cachedPublicRead(
  "map-data",
  async (filters: CommitmentFilters, today: string, locale: Locale): Promise<MapData> => {
    const cycle = (await getCyclesAsOf(today, excludesDemonstrationData(filters))).current?.current ?? null;
    const reported = cycle
      ? Prisma.sql`count(*) FILTER (WHERE c.last_published_at >= ${cycle.startsOn})`
      : Prisma.sql`NULL::int`;
    // Counted per member first (a hash per member), then per country: a count of distinct members per country over
    // every commitment sorted them all, on disk at 50,000 commitments. Each member row is one member with commitments.
    const rows = await db.$queryRaw<
      {
        iso3: string;
        member_name: string;
        members: number;
        commitments: number;
        completed: number;
        reported: number | null;
        demo: boolean;
      }[]
    >`
      SELECT m.iso_code AS iso3, min(coalesce(mt.name, m.name)) AS member_name, count(*)::int AS members,
             sum(g.commitments)::int AS commitments, sum(g.completed)::int AS completed,
             ${cycle ? Prisma.sql`sum(g.reported)::int` : Prisma.sql`NULL::int`} AS reported, bool_or(g.demo) AS demo
      FROM (
        SELECT cm.member_id, count(*) AS commitments,
               count(*) FILTER (WHERE c.current_status = 'COMPLETED') AS completed,
               ${reported} AS reported, bool_or(${demoCommitmentFigureSql(filters)}) AS demo
        FROM ${commitmentsFrom(filters)} c JOIN commitment_members cm ON cm.commitment_id = c.id
        WHERE cm.member_id IN (SELECT id FROM members WHERE kind = 'MEMBER_STATE' AND iso_code IS NOT NULL)
          AND ${pledgeFilterSql(filters)}
        GROUP BY cm.member_id
      ) g
      JOIN members m ON m.id = g.member_id
      LEFT JOIN member_translations mt ON mt.member_id = m.id AND mt.locale = ${locale} AND m.source_locale <> ${locale}
      GROUP BY m.iso_code
      ORDER BY m.iso_code`;
    return {
      rows: rows.map(({ member_name, demo: _demo, ...row }) => ({ ...row, memberName: member_name })),
      includesDemonstrationData: rows.length > 0 && ((cycle?.isDemo ?? false) || rows.some((row) => row.demo)),
    };
  },
);
