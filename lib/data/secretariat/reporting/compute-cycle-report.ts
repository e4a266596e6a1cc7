import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusCategory } from "@/lib/domain/implementation-status";
import { isoDay } from "@/lib/domain/iso-day";
import { buildReportData, type GroupedFacts, type ReportData } from "@/lib/domain/report-snapshot";

export type ReportCycle = {
  id: string;
  slug: string;
  name: string;
  startsOn: Date;
  endsOn: Date;
  dueOn: Date;
  isDemo: boolean;
};

/**
 * The figures of a cycle's report as they stand at `asOf`, counted in SQL (lib/domain/report-snapshot.ts has the
 * definitions). Takes a transaction so that closing a cycle freezes exactly what it saw. No authorization here:
 * callers are the secretariat's report read and the close mutation, which authorize first.
 */
export async function computeCycleReport(client: Db | Tx, cycle: ReportCycle, asOf: Date): Promise<ReportData> {
  const previous = await client.reportingCycle.findFirst({
    where: { startsOn: { lt: cycle.startsOn } },
    orderBy: { startsOn: "desc" },
    select: { startsOn: true, endsOn: true },
  });
  const counts = countsForCycle(cycle, asOf);
  const endsOn = isoDay(cycle.endsOn);
  // Pledges only: status and freshness apply to them alone (decision 0012). A joint pledge is reported under its
  // lead, so the report's totals, summed over members, count it once.
  const inScope = Prisma.sql`c.approval = 'APPROVED' AND c.kind = 'PLEDGE' AND mt.start_date <= ${endsOn}::date`;
  // Rule for rule lib/domain/freshness.ts, with "reported" meaning reported in this cycle and the report's day as today.
  const inactive = previous
    ? Prisma.sql`mt.start_date <= ${isoDay(previous.endsOn)}::date
        AND (latest.last_day IS NULL OR latest.last_day < ${isoDay(previous.startsOn)}::date)`
    : Prisma.sql`false`;
  const grouped = await client.$queryRaw<(Omit<GroupedFacts, "theme"> & { theme: string | null })[]>`
    WITH facts AS MATERIALIZED (
      SELECT c.id, m.slug AS member,
             coalesce(latest.status::text, 'NOT_REPORTED') AS status,
             reported.yes AS reported,
             CASE
               WHEN reported.yes THEN 'REPORTED'
               WHEN ${inactive} THEN 'INACTIVE'
               WHEN ${isoDay(asOf)}::date <= ${isoDay(cycle.dueOn)}::date
                 OR mt.start_date > ${isoDay(cycle.dueOn)}::date THEN 'DUE'
               ELSE 'NOT_REPORTED'
             END AS freshness
      FROM commitments c
      JOIN members m ON m.id = c.member_id
      JOIN meetings mt ON mt.id = c.meeting_id
      LEFT JOIN LATERAL (
        SELECT u.status, (u.published_at AT TIME ZONE 'UTC')::date AS last_day
        FROM progress_updates u
        WHERE u.commitment_id = c.id AND u.review_state = 'PUBLISHED' AND u.published_at <= ${asOf}
        ORDER BY u.published_at DESC, u.created_at DESC
        LIMIT 1
      ) latest ON true
      CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT 1 FROM progress_updates u WHERE u.commitment_id = c.id AND ${counts}) AS yes
      ) reported
      WHERE ${inScope}
    )
    SELECT f.member, NULL::text AS theme, f.status, f.reported, f.freshness, count(*)::int AS count
    FROM facts f GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT f.member, t.slug, f.status, f.reported, f.freshness, count(*)::int
    FROM facts f JOIN commitment_themes ct ON ct.commitment_id = f.id JOIN themes t ON t.id = ct.theme_id
    GROUP BY 1, 2, 3, 4, 5`;

  const [themes, members, excerpts, demo] = await Promise.all([
    client.theme.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    client.$queryRaw<
      {
        slug: string;
        name: string;
        kind: string;
        isDemo: boolean;
        lastPublishedAt: Date | null;
        updatesPublished: number;
      }[]
    >`
      SELECT m.slug, m.name, m.kind::text AS kind, m.is_demo AS "isDemo",
             (SELECT max(u.published_at) FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
               WHERE c.member_id = m.id AND c.approval = 'APPROVED' AND u.review_state = 'PUBLISHED'
                 AND u.published_at <= ${asOf}) AS "lastPublishedAt",
             (SELECT count(*) FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
               JOIN meetings mt ON mt.id = c.meeting_id
               WHERE c.member_id = m.id AND ${inScope} AND ${counts})::int AS "updatesPublished"
      FROM members m
      WHERE EXISTS (SELECT 1 FROM commitments c JOIN meetings mt ON mt.id = c.meeting_id WHERE c.member_id = m.id AND ${inScope})
      ORDER BY m.name, m.slug`,
    client.$queryRaw<
      {
        memberSlug: string;
        memberName: string;
        themeSlugs: string[];
        commitmentSlug: string;
        commitmentTitle: string;
        status: StatusCategory;
        percent: number | null;
        publishedAt: Date;
        narrative: string;
        isDemo: boolean;
      }[]
    >`
      SELECT "memberSlug", "memberName", "themeSlugs", "commitmentSlug", "commitmentTitle", status, percent,
             "publishedAt", narrative, "isDemo"
      FROM (
        SELECT m.slug AS "memberSlug", m.name AS "memberName",
               array(SELECT t.slug FROM commitment_themes ct JOIN themes t ON t.id = ct.theme_id
                     WHERE ct.commitment_id = c.id ORDER BY t.sort_order, t.name) AS "themeSlugs",
               c.slug AS "commitmentSlug", c.title AS "commitmentTitle", u.status::text AS status,
               u.percent_complete AS percent, u.published_at AS "publishedAt", u.narrative,
               (u.is_demo OR c.is_demo OR m.is_demo) AS "isDemo",
               row_number() OVER (PARTITION BY c.member_id ORDER BY u.published_at DESC, u.id) AS rank
        FROM progress_updates u
        JOIN commitments c ON c.id = u.commitment_id
        JOIN members m ON m.id = c.member_id
        JOIN meetings mt ON mt.id = c.meeting_id
        WHERE ${inScope} AND ${counts}
      ) ranked WHERE rank <= 2`,
    client.$queryRaw<{ demo: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM commitments c JOIN members m ON m.id = c.member_id JOIN meetings mt ON mt.id = c.meeting_id
        LEFT JOIN progress_updates u ON u.commitment_id = c.id AND ${counts}
        WHERE ${inScope} AND (c.is_demo OR m.is_demo OR u.is_demo)
      ) AS demo`,
  ]);

  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return buildReportData({
    cycle: {
      slug: cycle.slug,
      name: cycle.name,
      startsOn: isoDay(cycle.startsOn),
      endsOn: isoDay(cycle.endsOn),
      dueOn: isoDay(cycle.dueOn),
      isDemo: cycle.isDemo,
    },
    asOf: asOf.toISOString(),
    updatesPublished: members.reduce((sum, member) => sum + member.updatesPublished, 0),
    containsDemonstrationData: cycle.isDemo || (demo[0]?.demo ?? false),
    themes,
    members: members.map((member) => ({ ...member, lastPublishedAt: iso(member.lastPublishedAt) })),
    byMember: grouped.filter((row) => row.theme === null).map(({ theme: _theme, ...row }) => row),
    byMemberTheme: grouped.flatMap((row) => (row.theme === null ? [] : [{ ...row, theme: row.theme }])),
    excerpts: excerpts.map((excerpt) => ({ ...excerpt, publishedAt: excerpt.publishedAt.toISOString() })),
  });
}

/**
 * An update `u` counts for the cycle when it was published by `asOf` and was filed for the cycle, or was filed for
 * none and published between the cycle's first and last day (UTC).
 */
export function countsForCycle(cycle: Pick<ReportCycle, "id" | "startsOn" | "endsOn">, asOf: Date): Prisma.Sql {
  return Prisma.sql`u.review_state = 'PUBLISHED' AND u.published_at <= ${asOf}
    AND (u.cycle_id = ${cycle.id}::uuid
      OR (u.cycle_id IS NULL
        AND (u.published_at AT TIME ZONE 'UTC')::date BETWEEN ${isoDay(cycle.startsOn)}::date AND ${isoDay(cycle.endsOn)}::date))`;
}
