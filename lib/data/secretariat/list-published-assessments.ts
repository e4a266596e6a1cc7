import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";
import { reviewedCommitments, type ReviewQueueFilters } from "./list-review-queue";

/**
 * Every published independent assessment, most recently published first, filtered like the published updates (the
 * assessed commitment's member and theme): where the secretariat finds one to redact (decision 0023).
 */
export async function listPublishedAssessments(user: SessionUser | null, filters: ReviewQueueFilters) {
  await authorizeSecretariat(user, consoleRead("published_assessments"));
  const where: Prisma.AssessmentWhereInput = {
    reviewState: "PUBLISHED",
    commitment: reviewedCommitments(filters),
  };
  const total = await db.assessment.count({ where });
  const { page, pageCount, skip, take } = pageOf(filters.page, total);
  const items = await db.assessment.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      publishedAt: true,
      isDemo: true,
      narrativeRedactedAt: true,
      organisation: { select: { name: true } },
      _count: {
        select: {
          redactedEvidence: true,
          privateEvidence: true,
          responses: { where: { textRedactedAt: { not: null } } },
        },
      },
      privatePassage: { select: { assessmentId: true } },
      commitment: { select: { slug: true, title: true, member: { select: { name: true } } } },
    },
  });
  return { items, total, page, pageCount };
}
