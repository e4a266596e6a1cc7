import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { diffUpdates, type UpdateSnapshot } from "@/lib/domain/update-diff";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";

/** newest: the latest submission first, so a new one is never out of sight. oldest: the longest wait first. */
export const REVIEW_ORDERS = ["newest", "oldest"] as const;
type ReviewOrder = (typeof REVIEW_ORDERS)[number];

export type ReviewQueueFilters = { memberId?: string; themeId?: string; page: number; order?: ReviewOrder };
type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;

/** The commitments the console's review lists (queue, published updates, published assessments) are filtered to. */
export function reviewedCommitments(filters: ReviewQueueFilters): Prisma.CommitmentWhereInput {
  return {
    memberId: filters.memberId,
    themes: filters.themeId ? { some: { themeId: filters.themeId } } : undefined,
  };
}
export type ReviewQueueItem = ReviewQueue["items"][number];

const REVIEW_PAGE_SIZE = 10;

const SNAPSHOT = {
  status: true,
  percentComplete: true,
  narrative: true,
  milestonesReached: { select: { milestone: { select: { id: true, title: true, sortOrder: true } } } },
  barriers: { select: { kind: true, detail: true }, orderBy: { kind: "asc" } },
  evidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
} satisfies Prisma.ProgressUpdateSelect;

/**
 * Every submitted update, newest first unless the reviewer asks for the oldest first, each with its difference from
 * the commitment's latest published update; and when the oldest of them was submitted, so a long wait is visible
 * from the first page whichever the order.
 */
export async function listReviewQueue(user: SessionUser | null, filters: ReviewQueueFilters) {
  await authorizeSecretariat(user, consoleRead("review_queue"));
  const where: Prisma.ProgressUpdateWhereInput = {
    reviewState: "SUBMITTED",
    commitment: reviewedCommitments(filters),
  };
  const waiting = await db.progressUpdate.aggregate({ where, _count: true, _min: { submittedAt: true } });
  const total = waiting._count;
  const { page, pageCount, skip, take } = pageOf(filters.page, total, REVIEW_PAGE_SIZE);
  const direction = filters.order === "oldest" ? "asc" : "desc";
  const rows = await db.progressUpdate.findMany({
    where,
    orderBy: [{ submittedAt: { sort: direction, nulls: "last" } }, { createdAt: direction }, { id: direction }],
    skip,
    take,
    select: {
      id: true,
      version: true,
      submittedAt: true,
      createdAt: true,
      isDemo: true,
      ...SNAPSHOT,
      privatePassage: { select: { body: true } },
      privateEvidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
      language: true,
      author: { select: { name: true, email: true } },
      cycle: { select: { name: true } },
      commitment: {
        select: { id: true, slug: true, title: true, approval: true, member: { select: { name: true } } },
      },
    },
  });
  const previous = await latestPublished(rows.map((row) => row.commitment.id));
  const items = rows.map((row) => {
    const before = previous.get(row.commitment.id);
    return {
      id: row.id,
      version: row.version,
      submittedAt: row.submittedAt ?? row.createdAt,
      isDemo: row.isDemo,
      author: row.author,
      cycle: row.cycle?.name ?? null,
      commitment: row.commitment,
      previousPublishedAt: before?.publishedAt ?? null,
      evidence: row.evidence,
      language: row.language,
      secretariatOnly: { passage: row.privatePassage?.body ?? null, links: row.privateEvidence },
      diff: diffUpdates(before ? snapshot(before) : null, snapshot(row)),
    };
  });
  return { items, total, page, pageCount, oldestSubmittedAt: waiting._min.submittedAt };
}

/** The latest published update of each commitment. */
async function latestPublished(commitmentIds: string[]) {
  const rows = await db.progressUpdate.findMany({
    where: { commitmentId: { in: commitmentIds }, reviewState: "PUBLISHED" },
    orderBy: [{ commitmentId: "asc" }, { publishedAt: "desc" }, { createdAt: "desc" }],
    distinct: ["commitmentId"],
    select: { commitmentId: true, publishedAt: true, ...SNAPSHOT },
  });
  return new Map(rows.map((row) => [row.commitmentId, row]));
}

type SnapshotRow = Prisma.ProgressUpdateGetPayload<{ select: typeof SNAPSHOT }>;

function snapshot(row: SnapshotRow): UpdateSnapshot {
  return {
    status: row.status,
    percentComplete: row.percentComplete,
    narrative: row.narrative,
    milestonesReached: row.milestonesReached
      .map(({ milestone }) => milestone)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ id, title }) => ({ id, title })),
    barriers: row.barriers,
    evidence: row.evidence,
  };
}
