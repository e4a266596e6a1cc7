// The secretariat publishes a submitted progress update: it joins the public record at once.
//
// In one transaction: the update becomes PUBLISHED (reviewed, or evidence verified if the reviewer ticked it), the
// commitment's denormalised current status, percent and last-published date follow it and its version moves on, the
// milestones it reports as reached are marked reached (on the day it was submitted), and the audit row is written.
// A "Discontinued" update also gives the commitment the reason its public page shows, as the secretariat's own
// discontinue action does (lib/domain/discontinued-reason.ts); any other status clears it. The update is
// version-checked: when two reviewers act on the same update, the second finds a newer version and nothing of theirs
// is written. The focal points are emailed after the commit.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { discontinuedReasonOf } from "@/lib/domain/discontinued-reason";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { publishDecisionSchema } from "@/lib/validation/review-decision";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";
import { notifyReviewOutcome } from "./notify-review-outcome";
import { loadUpdateForReview, reviewEntityId } from "./load-update-for-review";

const ACTION = "progress_update.publish";

export async function publishUpdate(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ updateId: string; commitmentSlug: string }>> {
  const reviewer = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "progress_update",
    entityId: reviewEntityId(input),
  });
  const parsed = publishDecisionSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] === "updateId" || issue.path[0] === "version")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { updateId, version, evidenceVerified, comment } = parsed.data;
  const update = await loadUpdateForReview(updateId);
  if (!update) return NOT_FOUND;
  if (update.version !== version) return CONFLICT;
  if (update.reviewState !== "SUBMITTED") return WRONG_STATE;
  if (evidenceVerified && update.evidenceCount === 0)
    return invalid({ evidenceVerified: ["evidenceVerified.noEvidence"] });

  const { commitment } = update;
  const now = new Date();
  const verification = evidenceVerified ? "EVIDENCE_VERIFIED" : "REVIEWED";
  const discontinuedReason =
    update.status === "DISCONTINUED" ? discontinuedReasonOf(update, DECISION_COMMENT_MAX_LENGTH) : null;
  const published = await db.$transaction(async (tx) => {
    const { count } = await tx.progressUpdate.updateMany({
      where: { id: updateId, version, reviewState: "SUBMITTED" },
      data: {
        reviewState: "PUBLISHED",
        publishedAt: now,
        reviewedById: reviewer.id,
        reviewedAt: now,
        verification,
        reviewComment: comment ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    // Milestones become public as reached with the update that reports them; one reached earlier keeps its date.
    const submittedDay = new Date((update.submittedAt ?? now).toISOString().slice(0, 10));
    const milestones = await tx.milestone.updateMany({
      where: { commitmentId: commitment.id, reachedOn: null, reachedIn: { some: { updateId } } },
      data: { reachedOn: submittedDay },
    });
    const after = await tx.commitment.update({
      where: { id: commitment.id },
      data: {
        currentStatus: update.status,
        currentPercent: update.percentComplete,
        discontinuedReason,
        lastPublishedAt: now,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await writeAudit(tx, reviewer, {
      action: ACTION,
      entityType: "progress_update",
      entityId: updateId,
      memberId: commitment.memberId,
      before: {
        update: { reviewState: update.reviewState, verification: update.verification, version },
        commitment: {
          id: commitment.id,
          currentStatus: commitment.currentStatus,
          currentPercent: commitment.currentPercent,
          discontinuedReason: commitment.discontinuedReason,
          lastPublishedAt: commitment.lastPublishedAt,
          version: commitment.version,
        },
      },
      after: {
        update: {
          reviewState: "PUBLISHED",
          verification,
          version: version + 1,
          publishedAt: now,
          reviewComment: comment ?? null,
        },
        commitment: {
          id: commitment.id,
          currentStatus: update.status,
          currentPercent: update.percentComplete,
          discontinuedReason,
          lastPublishedAt: now,
          version: after.version,
        },
        milestonesMarkedReached: milestones.count,
      },
    });
    return true;
  });
  if (!published) return CONFLICT;

  revalidatePublicData();
  await notifyReviewOutcome({
    kind: "UPDATE_PUBLISHED",
    updateId,
    version: version + 1,
    comment: comment ?? null,
    commitment,
    member: commitment.member,
  });
  return { ok: true, updateId, commitmentSlug: commitment.slug };
}
