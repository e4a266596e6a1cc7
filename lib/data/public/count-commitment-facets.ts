import "server-only";
import { db } from "@/lib/db";
import { PILLARS } from "@/lib/domain/enum-values";
import { FACET_KEYS, withoutFilter, type FacetKey } from "@/lib/domain/facets";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublicRead } from "./cache";
import { commitmentFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";

/** For each facet, the number of matching commitments per value (a slug, an enum value or a year). */
export type FacetCounts = Record<FacetKey, Record<string, number>>;

type Row = { facet: FacetKey; value: string; count: number };

/**
 * Counts for every facet in one statement. Each facet applies every filter in force except its own. The approved
 * commitments matching the search words (and any filter that is not a facet) are read once into `base`, kept narrow
 * so it stays in memory, with one boolean per facet filter in force, computed by the same SQL as every other public
 * read (commitmentFilterSql); one pass of grouping sets then counts every single-valued facet. Themes, which need
 * the link table, are counted by a second, plain pass; members (every member of a joint commitment) and the kind of
 * statement by passes over `base`. A commitment with several themes, pillars or members counts once under each.
 */
export const countCommitmentFacets = cachedPublicRead("commitment-facets", readFacetCounts);

async function readFacetCounts(filters: CommitmentFilters): Promise<FacetCounts> {
  const active = FACET_KEYS.filter((key) => filters[key] !== undefined);
  const notFacets = Object.fromEntries(
    Object.entries(filters).filter(([key]) => !(FACET_KEYS as readonly string[]).includes(key)),
  ) as CommitmentFilters;
  const flags = active.map(
    (key) => Prisma.sql`(${commitmentFilterSql({ [key]: filters[key] })}) AS ${Prisma.raw(`f_${key}`)}`,
  );
  /** Every facet filter in force but `key`'s own. */
  const others = (key: FacetKey) => {
    const conditions = active.filter((other) => other !== key).map((other) => Prisma.raw(`b.f_${other}`));
    return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
  };
  const count = (key: FacetKey) => Prisma.sql`count(*) FILTER (WHERE ${others(key)})::int`;

  // One boolean per pillar in `base` (narrower than the array, so `base` stays in memory), then one filtered count
  // per pillar: much cheaper than unnesting every commitment's pillars.
  const pillars = PILLARS;
  const pillarFlags = Prisma.join(
    pillars.map((pillar, i) => Prisma.sql`${pillar}::"Pillar" = ANY (c.pillars) AS ${Prisma.raw(`has_p${i}`)}`),
  );
  const pillarCounts = Prisma.join(
    pillars.map(
      (_, i) => Prisma.sql`count(*) FILTER (WHERE ${Prisma.raw(`b.has_p${i}`)})::int AS ${Prisma.raw(`p${i}`)}`,
    ),
  );
  const pillarValues = Prisma.join(pillars.map((pillar, i) => Prisma.sql`(${pillar}::text, ${Prisma.raw(`n.p${i}`)})`));

  const rows = await db.$queryRaw<Row[]>`
    WITH base AS MATERIALIZED (
      SELECT c.id, c.kind, c.member_id, c.meeting_id, c.current_status, ${pillarFlags}
        ${flags.length > 0 ? Prisma.sql`, ${Prisma.join(flags, ", ")}` : Prisma.empty}
      FROM commitments c
      WHERE ${commitmentFilterSql(notFacets)}
    ),
    grouped AS (
      SELECT b.current_status, m.kind, m.regional_group, b.meeting_id,
             extract(year FROM mt.start_date)::int AS year,
             GROUPING(b.current_status) AS g_status, GROUPING(m.kind) AS g_kind,
             GROUPING(m.regional_group) AS g_region, GROUPING(b.meeting_id) AS g_meeting,
             GROUPING(extract(year FROM mt.start_date)::int) AS g_year,
             ${count("status")} AS n_status, ${count("kind")} AS n_kind,
             ${count("region")} AS n_region, ${count("meeting")} AS n_meeting, ${count("year")} AS n_year
      FROM base b
      JOIN members m ON m.id = b.member_id
      JOIN meetings mt ON mt.id = b.meeting_id
      GROUP BY GROUPING SETS ((b.current_status), (m.kind), (m.regional_group), (b.meeting_id),
                              (extract(year FROM mt.start_date)::int))
    )
    SELECT 'status' AS facet, coalesce(g.current_status::text, 'NOT_REPORTED') AS value, g.n_status AS count
      FROM grouped g WHERE g.g_status = 0
    UNION ALL
    SELECT 'member', m.slug, count(*)::int
      FROM base b JOIN commitment_members cm ON cm.commitment_id = b.id JOIN members m ON m.id = cm.member_id
      WHERE ${others("member")}
      GROUP BY m.slug
    UNION ALL
    SELECT 'type', lower(b.kind::text), count(*)::int FROM base b WHERE ${others("type")} GROUP BY b.kind
    UNION ALL
    SELECT 'kind', g.kind::text, g.n_kind FROM grouped g WHERE g.g_kind = 0
    UNION ALL
    SELECT 'region', g.regional_group::text, g.n_region FROM grouped g
      WHERE g.g_region = 0 AND g.regional_group IS NOT NULL
    UNION ALL
    SELECT 'meeting', mt.slug, g.n_meeting FROM grouped g JOIN meetings mt ON mt.id = g.meeting_id
      WHERE g.g_meeting = 0
    UNION ALL
    SELECT 'year', g.year::text, g.n_year FROM grouped g WHERE g.g_year = 0
    UNION ALL
    SELECT 'pillar', p.value, p.count
      FROM (SELECT ${pillarCounts} FROM base b WHERE ${others("pillar")}) n
      CROSS JOIN LATERAL (VALUES ${pillarValues}) AS p(value, count)
    UNION ALL
    SELECT 'theme', t.slug, count(*)::int
      FROM commitments c JOIN commitment_themes ct ON ct.commitment_id = c.id JOIN themes t ON t.id = ct.theme_id
      WHERE ${commitmentFilterSql(withoutFilter(filters, "theme"))}
      GROUP BY t.slug`;

  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, {}])) as FacetCounts;
  for (const row of rows) counts[row.facet][row.value] = row.count;
  return counts;
}
