// A focal point of the assessed commitment's member (lead or co-member) publishes the member's response to a
// published assessment. Published at once, not reviewed (docs/decisions/0022-independent-assessments.md): it is
// the member's right of reply to a text the secretariat already let through, and holding it back would leave the
// assessment standing alone on the record in the meantime. Audited like every write.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isFocalPointOfAny } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { responseSchema } from "@/lib/validation/assessment";
import { invalid, NOT_FOUND, type MutationResult } from "./mutation-result";

const ACTION = "assessment.respond";

export async function respondToAssessment(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ responseId: string; commitmentSlug: string }>> {
  if (!actor) throw new AuthorizationError("unauthenticated");
  const raw = (input as { assessmentId?: unknown } | null)?.assessmentId;
  const assessmentId = typeof raw === "string" ? raw : "";
  const assessment = /^[0-9a-f-]{36}$/i.test(assessmentId)
    ? await db.assessment.findUnique({
        where: { id: assessmentId },
        select: {
          id: true,
          reviewState: true,
          commitment: { select: { slug: true, memberId: true, members: { select: { memberId: true } } } },
        },
      })
    : null;
  if (!assessment || assessment.reviewState !== "PUBLISHED") return NOT_FOUND;
  const { commitment } = assessment;
  const author = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, memberId: true, active: true, isDemo: true },
  });
  if (!author) throw new AuthorizationError("unauthenticated");
  const memberIds = commitment.members.map((m) => m.memberId);
  if (!author.active || !isFocalPointOfAny(author, memberIds)) {
    throw await recordRefusal(actor, {
      attempted: ACTION,
      entityType: "assessment",
      entityId: assessment.id,
      memberId: commitment.memberId,
      reason: author.active ? "not_a_focal_point_of_this_member" : "inactive_user",
    });
  }
  const parsed = responseSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const { text, language } = parsed.data;
  const responseId = await db.$transaction(async (tx) => {
    const created = await tx.assessmentResponse.create({
      data: {
        assessmentId: assessment.id,
        memberId: author.memberId!,
        authorId: author.id,
        text,
        language,
        isDemo: author.isDemo,
      },
      select: { id: true, publishedAt: true },
    });
    await writeAudit(tx, actorFor(author), {
      action: ACTION,
      entityType: "assessment_response",
      entityId: created.id,
      memberId: author.memberId,
      after: { assessmentId: assessment.id, text, language, publishedAt: created.publishedAt },
    });
    return created.id;
  });
  revalidatePublicData();
  return { ok: true, responseId, commitmentSlug: commitment.slug };
}
