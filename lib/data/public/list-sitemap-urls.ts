import "server-only";
import { db } from "@/lib/db";
import { SITEMAP_RECORDS_PER_FILE } from "@/lib/domain/sitemap-xml";

/** A public page's path and when its content last changed (an ISO 8601 instant; null when unknown). */
export type SitemapPath = { path: string; lastModified: string | null };

/** How many sitemap entries members and approved commitments need: decides how many sitemap files there are. */
export async function countSitemapUrls(): Promise<{ members: number; commitments: number }> {
  const [counts] = await db.$queryRaw<{ members: number; commitments: number }[]>`
    SELECT (SELECT count(*) FROM members)::int AS members,
           (SELECT count(*) FROM commitments WHERE approval = 'APPROVED')::int AS commitments`;
  return counts ?? { members: 0, commitments: 0 };
}

export async function listThemePaths(): Promise<SitemapPath[]> {
  const themes = await db.$queryRaw<{ slug: string }[]>`SELECT slug FROM themes ORDER BY sort_order, name`;
  return themes.map(({ slug }) => ({ path: `/themes/${slug}`, lastModified: null }));
}

/** to_char's pattern for an instant in UTC, as the sitemap protocol writes it (W3C Datetime). */
const ISO_INSTANT = 'YYYY-MM-DD"T"HH24:MI:SS"Z"';

// The two lists below come back from PostgreSQL as one text of "slug instant" lines rather than thousands of rows:
// turning each row into an object cost more than the query itself. Slugs never contain spaces or line breaks.

/** Part `part` (from 1) of the members, by slug, 5,000 a part. */
export async function listMemberPaths(part: number): Promise<SitemapPath[]> {
  const [result] = await db.$queryRaw<{ lines: string | null }[]>`
    SELECT string_agg(slug || ' ' || to_char(modified AT TIME ZONE 'UTC', ${ISO_INSTANT}), E'\n' ORDER BY slug) AS lines
    FROM (SELECT slug, updated_at AS modified FROM members
          ORDER BY slug LIMIT ${SITEMAP_RECORDS_PER_FILE} OFFSET ${(part - 1) * SITEMAP_RECORDS_PER_FILE}) part`;
  return paths("/members/", result?.lines);
}

/**
 * Part `part` (from 1) of the approved commitments, by slug (its unique index), 5,000 a part, each modified when it
 * was last edited or last had an update published.
 */
export async function listCommitmentPaths(part: number): Promise<SitemapPath[]> {
  const [result] = await db.$queryRaw<{ lines: string | null }[]>`
    SELECT string_agg(slug || ' ' || to_char(modified AT TIME ZONE 'UTC', ${ISO_INSTANT}), E'\n' ORDER BY slug) AS lines
    FROM (SELECT slug, GREATEST(updated_at, last_published_at) AS modified FROM commitments WHERE approval = 'APPROVED'
          ORDER BY slug LIMIT ${SITEMAP_RECORDS_PER_FILE} OFFSET ${(part - 1) * SITEMAP_RECORDS_PER_FILE}) part`;
  return paths("/commitments/", result?.lines);
}

function paths(prefix: string, lines: string | null | undefined): SitemapPath[] {
  if (!lines) return [];
  return lines.split("\n").map((line) => {
    const [slug, modified] = line.split(" ");
    return { path: `${prefix}${slug}`, lastModified: modified ?? null };
  });
}
