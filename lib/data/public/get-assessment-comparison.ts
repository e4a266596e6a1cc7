import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { cachedPublicRead } from "./cache";
import { PUBLISHED_ASSESSMENT_SQL } from "./published-assessments";

/**
 * One theme or member: of its commitments with a published independent assessment, how many the latest assessment
 * agrees with (the same status as the member's own latest report), disagrees with, and how many the member has not
 * reported on at all. The self-reported figures themselves are never changed by an assessment.
 */
export type ComparisonRow = {
  slug: string;
  name: string;
  assessed: number;
  agree: number;
  disagree: number;
  noSelfReport: number;
};

export type AssessmentComparison = { byTheme: ComparisonRow[]; byMember: ComparisonRow[]; assessed: number };

type Grouping = "theme" | "member";

/** The latest published assessment of each commitment, with the commitment's own (self-reported) status. */
const LATEST = Prisma.sql`
  SELECT DISTINCT ON (a.commitment_id) a.commitment_id, a.status AS assessed, c.current_status AS reported
  FROM assessments a JOIN commitments c ON c.id = a.commitment_id
  WHERE ${PUBLISHED_ASSESSMENT_SQL}
  ORDER BY a.commitment_id, a.published_at DESC, a.created_at DESC`;

const COUNTS = Prisma.sql`
  count(*)::int AS assessed,
  (count(*) FILTER (WHERE l.reported = l.assessed))::int AS agree,
  (count(*) FILTER (WHERE l.reported IS NOT NULL AND l.reported <> l.assessed))::int AS disagree,
  (count(*) FILTER (WHERE l.reported IS NULL))::int AS "noSelfReport"`;

function grouped(by: Grouping, locale: Locale) {
  // A commitment counts for each of its themes, and for each of its members (lead and co-members), as the scorecards do.
  return by === "theme"
    ? db.$queryRaw<ComparisonRow[]>`
        WITH l AS (${LATEST})
        SELECT t.slug, coalesce(tt.name, t.name) AS name, ${COUNTS}
        FROM l JOIN commitment_themes ct ON ct.commitment_id = l.commitment_id
        JOIN themes t ON t.id = ct.theme_id
        LEFT JOIN theme_translations tt ON tt.theme_id = t.id AND tt.locale = ${locale}
        GROUP BY t.id, tt.name ORDER BY t.sort_order, t.name`
    : db.$queryRaw<ComparisonRow[]>`
        WITH l AS (${LATEST})
        SELECT m.slug, coalesce(mt.name, m.name) AS name, ${COUNTS}
        FROM l JOIN commitment_members cm ON cm.commitment_id = l.commitment_id
        JOIN members m ON m.id = cm.member_id
        LEFT JOIN member_translations mt ON mt.member_id = m.id AND mt.locale = ${locale}
        GROUP BY m.id, mt.name ORDER BY 2`;
}

export const getAssessmentComparison = cachedPublicRead(
  "assessment-comparison",
  async (locale: Locale): Promise<AssessmentComparison> => {
    const [byTheme, byMember, [total]] = await Promise.all([
      grouped("theme", locale),
      grouped("member", locale),
      db.$queryRaw<{ count: number }[]>`WITH l AS (${LATEST}) SELECT count(*)::int AS count FROM l`,
    ]);
    return { byTheme, byMember, assessed: total?.count ?? 0 };
  },
);
