import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";

export type CommitmentDecisionFilters = {
  view: "proposed" | "approved" | "returned";
  search?: string;
  memberId?: string;
  page: number;
};

const APPROVAL = { proposed: "PROPOSED", approved: "APPROVED", returned: "RETURNED" } as const;

/** Commitments awaiting a decision (proposed), returned to their member, or approved (to discontinue). */
export async function listCommitmentsForDecision(user: SessionUser | null, filters: CommitmentDecisionFilters) {
  await authorizeSecretariat(user, consoleRead("commitments"));
  const contains = filters.search ? { contains: filters.search, mode: "insensitive" as const } : undefined;
  const where: Prisma.CommitmentWhereInput = {
    approval: APPROVAL[filters.view],
    memberId: filters.memberId,
    OR: contains ? [{ title: contains }, { slug: contains }, { description: contains }] : undefined,
  };
  const [total, counts] = await Promise.all([
    db.commitment.count({ where }),
    db.commitment.groupBy({ by: ["approval"], _count: { _all: true } }),
  ]);
  const { page, pageCount, skip, take } = pageOf(filters.page, total);
  const items = await db.commitment.findMany({
    where,
    // Proposals oldest first (the longest wait first); the register by member and title.
    orderBy:
      filters.view === "approved"
        ? [{ member: { name: "asc" } }, { title: "asc" }]
        : [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      version: true,
      approvalComment: true,
      currentStatus: true,
      discontinuedReason: true,
      targetDate: true,
      createdAt: true,
      isDemo: true,
      member: { select: { name: true } },
      meeting: { select: { title: true } },
      proposedBy: { select: { name: true, email: true } },
    },
  });
  const countOf = (approval: string) => counts.find((row) => row.approval === approval)?._count._all ?? 0;
  return {
    items,
    total,
    page,
    pageCount,
    counts: { proposed: countOf("PROPOSED"), approved: countOf("APPROVED"), returned: countOf("RETURNED") },
  };
}
