// The write both decisions on a proposed commitment share (approve, return with a comment): checked against what
// the form showed, then version-checked again in the UPDATE, with its audit row in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/audit";
import type { loadCommitmentForDecision } from "./load-commitment-for-decision";
import { CONFLICT, WRONG_STATE, type MutationFailure } from "./mutation-result";

type Commitment = NonNullable<Awaited<ReturnType<typeof loadCommitmentForDecision>>>;

export async function recordProposalDecision(
  secretariat: Actor,
  commitment: Commitment,
  version: number,
  action: string,
  decision: { approval: "APPROVED" | "RETURNED"; approvalComment: string | null },
): Promise<MutationFailure | null> {
  if (commitment.version !== version) return CONFLICT;
  if (commitment.approval !== "PROPOSED") return WRONG_STATE;
  const recorded = await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, version, approval: "PROPOSED" },
      data: { ...decision, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, secretariat, {
      action,
      entityType: "commitment",
      entityId: commitment.id,
      memberId: commitment.memberId,
      before: { approval: commitment.approval, approvalComment: commitment.approvalComment, version },
      after: { ...decision, version: version + 1 },
    });
    return true;
  });
  return recorded ? null : CONFLICT;
}
