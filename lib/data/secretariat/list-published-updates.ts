import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";
import { reviewedCommitments, type ReviewQueueFilters } from "./list-review-queue";

/** Every published update, most recently published first: where the secretariat finds one to redact. */
export async function listPublishedUpdates(user: SessionUser | null, filters: ReviewQueueFilters) {
  await authorizeSecretariat(user, consoleRead("published_updates"));
  const where: Prisma.ProgressUpdateWhereInput = {
    reviewState: "PUBLISHED",
    commitment: reviewedCommitments(filters),
  };
  const total = await db.progressUpdate.count({ where });
  const { page, pageCount, skip, take } = pageOf(filters.page, total);
  const items = await db.progressUpdate.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      publishedAt: true,
      isDemo: true,
      narrativeRedactedAt: true,
      _count: { select: { redactedEvidence: true, privateEvidence: true } },
      privatePassage: { select: { updateId: true } },
      commitment: { select: { slug: true, title: true, member: { select: { name: true } } } },
    },
  });
  return { items, total, page, pageCount };
}
