import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";
import type { ReviewQueueFilters } from "./list-review-queue";

/** Published updates with evidence links that nobody has verified yet, most recently published first. */
export async function listUpdatesToVerify(user: SessionUser | null, filters: ReviewQueueFilters) {
  await authorizeSecretariat(user, consoleRead("evidence_to_verify"));
  const where: Prisma.ProgressUpdateWhereInput = {
    reviewState: "PUBLISHED",
    verification: { not: "EVIDENCE_VERIFIED" },
    evidence: { some: {} },
    commitment: {
      memberId: filters.memberId,
      themes: filters.themeId ? { some: { themeId: filters.themeId } } : undefined,
    },
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
      version: true,
      status: true,
      verification: true,
      publishedAt: true,
      isDemo: true,
      evidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
      commitment: { select: { slug: true, title: true, member: { select: { name: true } } } },
    },
  });
  return { items, total, page, pageCount };
}
