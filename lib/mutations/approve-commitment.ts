// The secretariat approves a commitment a focal point proposed: it joins the public record. Version-checked.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { commitmentTargetSchema } from "@/lib/validation/commitment-decision";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { commitmentEntityId, loadCommitmentForDecision } from "./load-commitment-for-decision";
import { CONFLICT, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "commitment.approve";

export async function approveCommitment(actor: SessionUser | null, input: unknown): Promise<MutationResult<{ slug: string }>> {
  const secretariat = await authorizeSecretariat(actor, { attempted: ACTION, entityType: "commitment", entityId: commitmentEntityId(input) });
  const parsed = commitmentTargetSchema.safeParse(input);
  if (!parsed.success) return NOT_FOUND;
  const { commitmentId, version } = parsed.data;
  const commitment = await loadCommitmentForDecision(commitmentId);
  if (!commitment) return NOT_FOUND;
  if (commitment.version !== version) return CONFLICT;
  if (commitment.approval !== "PROPOSED") return WRONG_STATE;

  const approved = await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: commitmentId, version, approval: "PROPOSED" },
      data: { approval: "APPROVED", approvalComment: null, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "commitment",
      entityId: commitmentId,
      memberId: commitment.memberId,
      before: { approval: commitment.approval, approvalComment: commitment.approvalComment, version },
      after: { approval: "APPROVED", approvalComment: null, version: version + 1 },
    });
    return true;
  });
  if (!approved) return CONFLICT;
  revalidatePublicData();
  return { ok: true, slug: commitment.slug };
}
