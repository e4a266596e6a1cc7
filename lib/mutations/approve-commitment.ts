// The secretariat approves a commitment a focal point proposed: it joins the public record. Version-checked.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { commitmentTargetSchema } from "@/lib/validation/commitment-decision";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { commitmentEntityId, loadCommitmentForDecision } from "./load-commitment-for-decision";
import { NOT_FOUND, type MutationResult } from "./mutation-result";
import { recordProposalDecision } from "./record-proposal-decision";

const ACTION = "commitment.approve";

export async function approveCommitment(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ slug: string }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "commitment",
    entityId: commitmentEntityId(input),
  });
  const parsed = commitmentTargetSchema.safeParse(input);
  if (!parsed.success) return NOT_FOUND;
  const { commitmentId, version } = parsed.data;
  const commitment = await loadCommitmentForDecision(commitmentId);
  if (!commitment) return NOT_FOUND;
  const failure = await recordProposalDecision(secretariat, commitment, version, ACTION, {
    approval: "APPROVED",
    approvalComment: null,
  });
  if (failure) return failure;
  revalidatePublicData();
  return { ok: true, slug: commitment.slug };
}
