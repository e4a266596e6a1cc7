// The secretariat has checked a published update's evidence: the public record then shows it as "Evidence
// verified". Only a published update with at least one evidence link can be verified. Version-checked.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { reviewTargetSchema } from "@/lib/validation/review-decision";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { loadUpdateForReview, reviewEntityId } from "./load-update-for-review";
import { CONFLICT, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "progress_update.verify_evidence";

export async function verifyEvidence(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ updateId: string }>> {
  const reviewer = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "progress_update",
    entityId: reviewEntityId(input),
  });
  const parsed = reviewTargetSchema.safeParse(input);
  if (!parsed.success) return NOT_FOUND;
  const { updateId, version } = parsed.data;
  const update = await loadUpdateForReview(updateId);
  if (!update) return NOT_FOUND;
  if (update.version !== version) return CONFLICT;
  if (update.reviewState !== "PUBLISHED" || update.verification === "EVIDENCE_VERIFIED" || update.evidenceCount === 0) {
    return WRONG_STATE;
  }

  const verified = await db.$transaction(async (tx) => {
    const { count } = await tx.progressUpdate.updateMany({
      where: { id: updateId, version, reviewState: "PUBLISHED" },
      data: { verification: "EVIDENCE_VERIFIED", version: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, reviewer, {
      action: ACTION,
      entityType: "progress_update",
      entityId: updateId,
      memberId: update.commitment.memberId,
      before: { verification: update.verification, version },
      after: { verification: "EVIDENCE_VERIFIED", version: version + 1 },
    });
    return true;
  });
  if (!verified) return CONFLICT;
  revalidatePublicData();
  return { ok: true, updateId };
}
