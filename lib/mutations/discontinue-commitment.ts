// The secretariat records that an approved commitment is discontinued, with the reason, which the public page
// shows next to the status. Version-checked: a focal point's concurrent update wins or loses cleanly.
//
// The current status becomes DISCONTINUED with no new progress update: the decision is the secretariat's, and an
// update would put words in the member's mouth (see canPostProgressUpdate in lib/auth/policy.ts). The audit row
// records who decided.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { discontinueSchema } from "@/lib/validation/commitment-decision";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { commitmentEntityId, loadCommitmentForDecision } from "./load-commitment-for-decision";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "commitment.discontinue";

export async function discontinueCommitment(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ slug: string }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "commitment",
    entityId: commitmentEntityId(input),
  });
  const parsed = discontinueSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] !== "reason")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { commitmentId, version, reason } = parsed.data;
  const commitment = await loadCommitmentForDecision(commitmentId);
  if (!commitment) return NOT_FOUND;
  if (commitment.version !== version) return CONFLICT;
  if (commitment.approval !== "APPROVED" || commitment.currentStatus === "DISCONTINUED") return WRONG_STATE;

  const discontinued = await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: commitmentId, version, approval: "APPROVED" },
      data: { currentStatus: "DISCONTINUED", discontinuedReason: reason, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "commitment",
      entityId: commitmentId,
      memberId: commitment.memberId,
      before: { currentStatus: commitment.currentStatus, discontinuedReason: commitment.discontinuedReason, version },
      after: { currentStatus: "DISCONTINUED", discontinuedReason: reason, version: version + 1 },
    });
    return true;
  });
  if (!discontinued) return CONFLICT;
  revalidatePublicData();
  return { ok: true, slug: commitment.slug };
}
