import "server-only";
import { db } from "@/lib/db";
import { commitmentFilterSql } from "./commitment-filter-sql";
import { commitmentsFrom, updatesShownSql } from "./demonstration-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { localize, translationIn } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";

export type RecentUpdate = Awaited<ReturnType<typeof listRecentUpdates>>[number];

/** The latest published updates on the commitments matching the filters, titles and names in `locale` where translated. */
export async function listRecentUpdates(filters: CommitmentFilters, locale: Locale, limit = 5) {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM progress_updates u JOIN ${commitmentsFrom(filters)} c ON c.id = u.commitment_id
    WHERE u.review_state = 'PUBLISHED' AND ${updatesShownSql("u", filters)} AND ${commitmentFilterSql(filters)}
    ORDER BY u.published_at DESC, u.id
    LIMIT ${limit}`;
  if (ids.length === 0) return [];
  const updates = await db.progressUpdate.findMany({
    where: { id: { in: ids.map((row) => row.id) }, reviewState: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      percentComplete: true,
      publishedAt: true,
      isDemo: true,
      commitment: {
        select: {
          slug: true,
          title: true,
          sourceLocale: true,
          translations: translationIn(locale, { title: true }),
          member: { select: { name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) } },
        },
      },
    },
  });
  // published_at is never null for a published update (check constraint); narrow the type for callers.
  return updates.flatMap(({ commitment: { member, ...commitment }, ...update }) =>
    update.publishedAt
      ? [
          {
            ...update,
            publishedAt: update.publishedAt,
            commitment: { ...localize(locale, commitment), member: localize(locale, member) },
          },
        ]
      : [],
  );
}
