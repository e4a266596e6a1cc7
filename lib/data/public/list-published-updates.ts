import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "./cache";
import { commitmentFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";

export type TimelineUpdate = Awaited<ReturnType<typeof readPublishedUpdates>>["items"][number];

/** Longest narrative shown in a timeline that spans many commitments; the commitment page shows it in full. */
const EXCERPT_LENGTH = 240;

/**
 * The latest published updates on the approved commitments matching the filters, newest first, with how many there
 * are in all (the timeline of a member or theme page shows the first few and links to the rest).
 */
export const listPublishedUpdates = cachedPublicRead("published-updates", (filters: CommitmentFilters, limit: number) =>
  readPublishedUpdates(filters, limit),
);

async function readPublishedUpdates(filters: CommitmentFilters, limit: number) {
  const where = commitmentFilterSql(filters);
  const [[counted], ids] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
      WHERE u.review_state = 'PUBLISHED' AND ${where}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT u.id FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id
      WHERE u.review_state = 'PUBLISHED' AND ${where}
      ORDER BY u.published_at DESC, u.id
      LIMIT ${Math.min(Math.max(1, Math.trunc(limit)), 50)}`,
  ]);
  if (ids.length === 0) return { items: [], total: counted?.total ?? 0 };
  const updates = await db.progressUpdate.findMany({
    where: { id: { in: ids.map((row) => row.id) }, reviewState: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      percentComplete: true,
      narrative: true,
      narrativeRedactedAt: true,
      verification: true,
      publishedAt: true,
      isDemo: true,
      _count: { select: { evidence: true } },
      commitment: { select: { slug: true, title: true, member: { select: { slug: true, name: true } } } },
    },
  });
  const items = updates.flatMap(({ publishedAt, narrative, _count, ...update }) =>
    // published_at is never null for a published update (check constraint); narrow the type for callers.
    publishedAt ? [{ ...update, publishedAt, evidenceCount: _count.evidence, narrative: excerpt(narrative) }] : [],
  );
  return { items, total: counted?.total ?? 0 };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}
