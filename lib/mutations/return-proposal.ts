// The secretariat returns a proposed commitment to the member with a comment saying what to change. It stays off
// the public record. Version-checked.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { returnProposalSchema } from "@/lib/validation/commitment-decision";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { commitmentEntityId, loadCommitmentForDecision } from "./load-commitment-for-decision";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "commitment.return_proposal";

export async function returnProposal(actor: SessionUser | null, input: unknown): Promise<MutationResult> {
  const secretariat = await authorizeSecretariat(actor, { attempted: ACTION, entityType: "commitment", entityId: commitmentEntityId(input) });
  const parsed = returnProposalSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] !== "comment") ? NOT_FOUND : invalid(fieldErrorsFrom(parsed.error));
  }
  const { commitmentId, version, comment } = parsed.data;
  const commitment = await loadCommitmentForDecision(commitmentId);
  if (!commitment) return NOT_FOUND;
  if (commitment.version !== version) return CONFLICT;
  if (commitment.approval !== "PROPOSED") return WRONG_STATE;

  const returned = await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: commitmentId, version, approval: "PROPOSED" },
      data: { approval: "RETURNED", approvalComment: comment, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "commitment",
      entityId: commitmentId,
      memberId: commitment.memberId,
      before: { approval: commitment.approval, approvalComment: commitment.approvalComment, version },
      after: { approval: "RETURNED", approvalComment: comment, version: version + 1 },
    });
    return true;
  });
  return returned ? { ok: true } : CONFLICT;
}
