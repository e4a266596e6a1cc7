import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/uuid";

/** The commitment a secretariat decision is about, with what the decision and its audit row need. */
export async function loadCommitmentForDecision(commitmentId: string) {
  if (!isUuid(commitmentId)) return null;
  return db.commitment.findUnique({
    where: { id: commitmentId },
    select: {
      id: true,
      slug: true,
      title: true,
      memberId: true,
      version: true,
      approval: true,
      approvalComment: true,
      currentStatus: true,
      discontinuedReason: true,
    },
  });
}

/** The commitment id of a decision's input, for the audit row of a refusal (written before validation). */
export function commitmentEntityId(input: unknown): string {
  const id = (input as { commitmentId?: unknown } | null)?.commitmentId;
  return typeof id === "string" && id.length <= 64 ? id : "unknown";
}
