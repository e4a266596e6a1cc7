// The secretariat returns a submitted update to the member with a comment saying what to change. Nothing public
// changes; the focal points are emailed the comment after the commit. Version-checked like publishing.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { returnDecisionSchema } from "@/lib/validation/review-decision";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { loadUpdateForReview, reviewEntityId } from "./load-update-for-review";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";
import { notifyReviewOutcome } from "./notify-review-outcome";

const ACTION = "progress_update.return";

export async function returnUpdate(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ updateId: string }>> {
  const reviewer = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "progress_update",
    entityId: reviewEntityId(input),
  });
  const parsed = returnDecisionSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] === "updateId" || issue.path[0] === "version")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { updateId, version, comment } = parsed.data;
  const update = await loadUpdateForReview(updateId);
  if (!update) return NOT_FOUND;
  if (update.version !== version) return CONFLICT;
  if (update.reviewState !== "SUBMITTED") return WRONG_STATE;

  const { commitment } = update;
  const now = new Date();
  const returned = await db.$transaction(async (tx) => {
    const { count } = await tx.progressUpdate.updateMany({
      where: { id: updateId, version, reviewState: "SUBMITTED" },
      data: {
        reviewState: "RETURNED",
        reviewComment: comment,
        reviewedById: reviewer.id,
        reviewedAt: now,
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await writeAudit(tx, reviewer, {
      action: ACTION,
      entityType: "progress_update",
      entityId: updateId,
      memberId: commitment.memberId,
      before: { reviewState: update.reviewState, version },
      after: { reviewState: "RETURNED", reviewComment: comment, version: version + 1 },
    });
    return true;
  });
  if (!returned) return CONFLICT;

  await notifyReviewOutcome({
    kind: "UPDATE_RETURNED",
    updateId,
    version: version + 1,
    comment,
    commitment,
    member: commitment.member,
  });
  return { ok: true, updateId };
}
