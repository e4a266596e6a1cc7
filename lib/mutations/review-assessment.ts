// The secretariat publishes a submitted assessment, or returns it to its reviewer with a comment saying what to
// change (docs/decisions/0022-independent-assessments.md). Version-checked and audited like an update's review
// (./publish-update.ts): when two people act on the same assessment, the second finds a newer version and nothing
// of theirs is written. Publishing never touches the commitment's status figures: those stay the member's own report.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { publishDecisionSchema, returnDecisionSchema } from "@/lib/validation/review-decision";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

type Decision = "publish" | "return";
const ACTIONS: Record<Decision, string> = { publish: "assessment.publish", return: "assessment.return" };

/** `updateId` is the review form's name for the item it decides on (components/secretariat/review). */
const publishSchema = publishDecisionSchema.omit({ evidenceVerified: true }).extend({ updateId: z.uuid() });
const returnSchema = returnDecisionSchema.extend({ updateId: z.uuid() });

export async function reviewAssessment(
  actor: SessionUser | null,
  input: unknown,
  decision: Decision,
): Promise<MutationResult<{ assessmentId: string }>> {
  const id = (input as { updateId?: unknown } | null)?.updateId;
  const reviewer = await authorizeSecretariat(actor, {
    attempted: ACTIONS[decision],
    entityType: "assessment",
    entityId: typeof id === "string" ? id.slice(0, 64) : "unknown",
  });
  const parsed = (decision === "publish" ? publishSchema : returnSchema).safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] === "updateId" || issue.path[0] === "version")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { updateId: assessmentId, version, comment } = parsed.data;
  const assessment = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: { version: true, reviewState: true, commitment: { select: { memberId: true } } },
  });
  if (!assessment) return NOT_FOUND;
  if (assessment.version !== version) return CONFLICT;
  if (assessment.reviewState !== "SUBMITTED") return WRONG_STATE;

  const now = new Date();
  const publishing = decision === "publish";
  const data = publishing
    ? { reviewState: "PUBLISHED" as const, publishedAt: now, reviewComment: comment ?? null }
    : { reviewState: "RETURNED" as const, reviewComment: comment ?? null };
  const written = await db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: assessmentId, version, reviewState: "SUBMITTED" },
      data: { ...data, reviewedById: reviewer.id, reviewedAt: now, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, reviewer, {
      action: ACTIONS[decision],
      entityType: "assessment",
      entityId: assessmentId,
      memberId: assessment.commitment.memberId,
      before: { reviewState: assessment.reviewState, version },
      after: { ...data, version: version + 1 },
    });
    return true;
  });
  if (!written) return CONFLICT;
  if (publishing) revalidatePublicData();
  return { ok: true, assessmentId };
}
