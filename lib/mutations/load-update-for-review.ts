import "server-only";
import { db } from "@/lib/db";

/** The update a review decision is about, with what the decision and its audit row need. */
export async function loadUpdateForReview(updateId: string) {
  const update = await db.progressUpdate.findUnique({
    where: { id: updateId },
    select: {
      id: true,
      version: true,
      reviewState: true,
      verification: true,
      status: true,
      percentComplete: true,
      narrative: true,
      submittedAt: true,
      barriers: { select: { detail: true }, orderBy: { kind: "asc" } },
      _count: { select: { evidence: true } },
      commitment: {
        select: {
          id: true,
          slug: true,
          title: true,
          memberId: true,
          version: true,
          currentStatus: true,
          currentPercent: true,
          discontinuedReason: true,
          lastPublishedAt: true,
          member: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!update) return null;
  const { _count, ...rest } = update;
  return { ...rest, evidenceCount: _count.evidence };
}

/** The update id of a decision's input, for the audit row of a refusal (which is written before validation). */
export function reviewEntityId(input: unknown): string {
  const id = (input as { updateId?: unknown } | null)?.updateId;
  return typeof id === "string" && id.length <= 64 ? id : "unknown";
}
