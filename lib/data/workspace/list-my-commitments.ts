import "server-only";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isFocalPoint } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

export type WorkspaceCommitment = Awaited<ReturnType<typeof listMyCommitments>>[number];

/** The commitments of the focal point's own member, and nobody else's. */
export async function listMyCommitments(user: SessionUser) {
  if (!isFocalPoint(user)) throw new AuthorizationError("forbidden");
  return db.commitment.findMany({
    where: { memberId: user.memberId },
    orderBy: [{ lastPublishedAt: { sort: "asc", nulls: "first" } }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      approval: true,
      targetDate: true,
      currentStatus: true,
      currentPercent: true,
      lastPublishedAt: true,
    },
  });
}
