// The secretariat redacts part of a published independent assessment: its narrative, one of its evidence links, or
// the text of a member's response to it (decision 0023, applied to assessments as decision 0022 foresaw). As for an
// update (./redact-update.ts) the words are deleted, not hidden: the narrative or response becomes empty with when
// and by whom it was redacted, a link is replaced by a row that says only when; earlier audit rows of the assessment
// or response that copied the words are emptied of them, and the redaction's audit row records who and why, never
// the words. Public caches are dropped at once. Version-checked on the assessment.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { fieldErrorsByPath } from "@/lib/validation/field-errors";
import { redactionSchema } from "@/lib/validation/redaction";
import { reviewEntityId } from "./load-update-for-review";
import { scrubAudit } from "./scrub-audit";
import { CONFLICT, invalid, NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "assessment.redact";

/**
 * `updateId` is the assessment (the review forms' name for the item acted on); `part` is "narrative", the id of one
 * of its evidence links, or the id of one of its responses.
 */
export async function redactAssessment(
  actor: SessionUser | null,
  input: unknown,
): Promise<MutationResult<{ assessmentId: string }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "assessment",
    entityId: reviewEntityId(input),
  });
  const parsed = redactionSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsByPath(parsed.error);
    return errors.reason && Object.keys(errors).length === 1 ? invalid({ reason: errors.reason }) : NOT_FOUND;
  }
  const { updateId: assessmentId, version, part, reason } = parsed.data;
  const assessment = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      version: true,
      reviewState: true,
      narrative: true,
      narrativeRedactedAt: true,
      commitment: { select: { memberId: true } },
      evidence: { select: { id: true, url: true, label: true } },
      responses: { select: { id: true, text: true, textRedactedAt: true } },
    },
  });
  if (!assessment) return NOT_FOUND;
  const link = assessment.evidence.find((candidate) => candidate.id === part);
  const response = assessment.responses.find((candidate) => candidate.id === part);
  if (part !== "narrative" && !link && !response) return NOT_FOUND;
  if (assessment.version !== version) return CONFLICT;
  if (assessment.reviewState !== "PUBLISHED") return WRONG_STATE;
  if (part === "narrative" && (assessment.narrativeRedactedAt || assessment.narrative === "")) return WRONG_STATE;
  if (response?.textRedactedAt) return WRONG_STATE;

  const now = new Date();
  const redacted = await db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: assessmentId, version, reviewState: "PUBLISHED" },
      data:
        part === "narrative"
          ? {
              narrative: "",
              narrativeRedactedAt: now,
              narrativeRedactedById: secretariat.id,
              version: { increment: 1 },
            }
          : { version: { increment: 1 } },
    });
    if (count === 0) return false;
    if (link) {
      await tx.assessmentEvidenceLink.delete({ where: { id: link.id } });
      await tx.assessmentRedactedEvidenceLink.create({
        data: { assessmentId, redactedAt: now, redactedById: secretariat.id },
      });
      await scrubAudit(tx, "assessment", assessmentId, [link.url, link.label ?? ""]);
    } else if (response) {
      await tx.assessmentResponse.update({
        where: { id: response.id },
        data: { text: "", textRedactedAt: now, textRedactedById: secretariat.id },
      });
      await scrubAudit(tx, "assessment_response", response.id, [response.text]);
    } else {
      await scrubAudit(tx, "assessment", assessmentId, [assessment.narrative]);
    }
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "assessment",
      entityId: assessmentId,
      memberId: assessment.commitment.memberId,
      before: { version },
      after: {
        version: version + 1,
        redacted: link ? "evidence_link" : response ? "response" : "narrative",
        ...(response ? { responseId: response.id } : {}),
        redactedAt: now,
        reason,
      },
    });
    return true;
  });
  if (!redacted) return CONFLICT;
  revalidatePublicData();
  return { ok: true, assessmentId };
}
