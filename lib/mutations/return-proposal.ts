// The secretariat returns a proposed commitment to the member with a comment saying what to change. It stays off
// the public record. Version-checked.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { returnProposalSchema } from "@/lib/validation/commitment-decision";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { commitmentEntityId, loadCommitmentForDecision } from "./load-commitment-for-decision";
import { invalid, NOT_FOUND, type MutationResult } from "./mutation-result";
import { recordProposalDecision } from "./record-proposal-decision";

const ACTION = "commitment.return_proposal";

export async function returnProposal(actor: SessionUser | null, input: unknown): Promise<MutationResult> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "commitment",
    entityId: commitmentEntityId(input),
  });
  const parsed = returnProposalSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] !== "comment")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { commitmentId, version, comment } = parsed.data;
  const commitment = await loadCommitmentForDecision(commitmentId);
  if (!commitment) return NOT_FOUND;
  const failure = await recordProposalDecision(secretariat, commitment, version, ACTION, {
    approval: "RETURNED",
    approvalComment: comment,
  });
  return failure ?? { ok: true };
}
