// The one write path of a reviewer's independent assessment, shared by "Save draft" and "Submit for review"
// (docs/decisions/0022-independent-assessments.md). Shaped like ./write-progress-update.ts:
//
// Who may write: an active reviewer whose organisation is accredited now (read from the database, never from the
// form), on any approved commitment; for an existing draft or returned assessment only its author. Anyone else is
// refused, the refusal is logged, and nothing is written. Withdrawing the accreditation stops new saves at once.
//
// No lost work: the form carries the version it was showing and the write is a conditional `updateMany({ where:
// { id, version } })`; when it matches nothing, someone saved first and the save is refused as a conflict.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { canWriteAssessment } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";
import { todayIsoDay } from "@/lib/domain/iso-day";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { assessmentTargetSchema, validateAssessment, type AssessmentContent } from "@/lib/validation/assessment";
import { CONFLICT, invalid, NOT_FOUND, type MutationResult } from "./mutation-result";

const OPEN_STATES = ["DRAFT", "RETURNED"] as const satisfies ReviewState[];
type Mode = "draft" | "submit";
const ACTIONS: Record<Mode, string> = { draft: "assessment.save_draft", submit: "assessment.submit" };

export type WriteAssessmentResult = MutationResult<{
  assessmentId: string;
  version: number;
  reviewState: ReviewState;
  commitment: { slug: string };
}>;

export async function writeAssessment(
  actor: SessionUser | null,
  input: unknown,
  mode: Mode,
): Promise<WriteAssessmentResult> {
  if (!actor) throw new AuthorizationError("unauthenticated");
  const attempted = ACTIONS[mode];
  const target = assessmentTargetSchema.safeParse(input);
  if (!target.success) return NOT_FOUND;
  const { commitmentId, assessmentId } = target.data;

  const author = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      role: true,
      memberId: true,
      active: true,
      isDemo: true,
      member: { select: { accreditedAt: true, accreditationWithdrawnAt: true } },
    },
  });
  if (!author) throw new AuthorizationError("unauthenticated");
  const refuse = async (reason: string, entityType = "commitment", entityId = commitmentId) =>
    recordRefusal(actor, { attempted, entityType, entityId, reason });
  if (!author.active) throw await refuse("inactive_user");
  if (!canWriteAssessment(author, author.member)) {
    throw await refuse(author.role === "REVIEWER" ? "organisation_not_accredited" : "not_a_reviewer");
  }
  const organisationId = author.memberId!;

  const commitment = await db.commitment.findUnique({
    where: { id: commitmentId },
    select: { id: true, slug: true, memberId: true, approval: true, isDemo: true },
  });
  if (!commitment || commitment.approval !== "APPROVED") return NOT_FOUND;
  if (assessmentId) {
    const existing = await db.assessment.findUnique({
      where: { id: assessmentId },
      select: { commitmentId: true, authorId: true },
    });
    if (!existing || existing.commitmentId !== commitment.id) return NOT_FOUND;
    if (existing.authorId !== author.id) throw await refuse("not_the_author", "assessment", assessmentId);
  }

  const values = (input as { values?: unknown }).values;
  const validation = validateAssessment(values, { submitting: mode === "submit", today: todayIsoDay() });
  if (!validation.ok) return invalid(validation.fieldErrors);
  const content = validation.data;

  const now = new Date();
  const review = mode === "submit" ? { reviewState: "SUBMITTED" as const, submittedAt: now } : {};
  const outcome = await db.$transaction(async (tx) => {
    let id: string;
    let before: unknown = null;
    let reviewState: ReviewState;
    let version: number;
    if (target.data.assessmentId) {
      const expected = target.data.version;
      const stored = await tx.assessment.findUnique({
        where: { id: target.data.assessmentId },
        select: { id: true, version: true, reviewState: true, ...CONTENT_SELECT },
      });
      if (!stored || stored.version !== expected || !isOpen(stored.reviewState)) return null;
      const { count } = await tx.assessment.updateMany({
        where: { id: stored.id, version: expected, authorId: author.id, reviewState: { in: [...OPEN_STATES] } },
        data: { ...scalars(content), ...review, version: { increment: 1 } },
      });
      if (count === 0) return null;
      before = stored;
      id = stored.id;
      reviewState = mode === "submit" ? "SUBMITTED" : stored.reviewState;
      version = expected + 1;
    } else {
      const created = await tx.assessment.create({
        data: {
          commitmentId: commitment.id,
          organisationId,
          authorId: author.id,
          isDemo: author.isDemo || commitment.isDemo,
          ...scalars(content),
          ...review,
        },
        select: { id: true, reviewState: true, version: true },
      });
      ({ id, reviewState, version } = created);
    }
    await replaceEvidence(tx, id, content);
    await writeAudit(tx, actorFor(author), {
      action: attempted,
      entityType: "assessment",
      entityId: id,
      memberId: commitment.memberId,
      before,
      after: { reviewState, version, organisationId, ...content },
    });
    return { id, reviewState, version };
  });
  if (!outcome) return CONFLICT;
  return {
    ok: true,
    assessmentId: outcome.id,
    version: outcome.version,
    reviewState: outcome.reviewState,
    commitment: { slug: commitment.slug },
  };
}

const CONTENT_SELECT = {
  status: true,
  narrative: true,
  language: true,
  periodFrom: true,
  periodTo: true,
  evidence: { select: { url: true, label: true } },
  privateEvidence: { select: { url: true, label: true } },
  privatePassage: { select: { body: true } },
} as const;

function isOpen(state: ReviewState): boolean {
  return (OPEN_STATES as readonly ReviewState[]).includes(state);
}

function scalars(content: AssessmentContent) {
  return {
    status: content.status,
    narrative: content.narrative,
    language: content.language,
    periodFrom: new Date(`${content.periodFrom}T00:00:00Z`),
    periodTo: new Date(`${content.periodTo}T00:00:00Z`),
  };
}

/** Evidence and the private passage are replaced as a whole: the form always sends every row. */
async function replaceEvidence(tx: Tx, assessmentId: string, content: AssessmentContent) {
  await tx.assessmentEvidenceLink.deleteMany({ where: { assessmentId } });
  await tx.assessmentPrivateEvidenceLink.deleteMany({ where: { assessmentId } });
  await tx.assessmentPrivatePassage.deleteMany({ where: { assessmentId } });
  // A link marked "secretariat only" goes to a table no public read selects from (decision 0023).
  const links = (secretariatOnly: boolean) =>
    content.evidence
      .filter((link) => link.secretariatOnly === secretariatOnly)
      .map(({ url, label }) => ({ assessmentId, url, label }));
  await tx.assessmentEvidenceLink.createMany({ data: links(false) });
  await tx.assessmentPrivateEvidenceLink.createMany({ data: links(true) });
  if (content.privatePassage) {
    await tx.assessmentPrivatePassage.create({ data: { assessmentId, body: content.privatePassage } });
  }
}
