// The one write path of a focal point's progress update, shared by "Save draft" (and autosave) and "Submit for
// review" (./save-update-draft.ts, ./submit-update.ts).
//
// Who may write: an active focal point of a member of the pledge, lead or co-member (the members are read from the
// commitment in the database, never taken from the form); no one on a recommendation or a practice, and for an existing draft or returned update only its
// author. Anyone else is refused, the refusal is logged, and nothing is written.
//
// One open update per commitment per author: a focal point has at most one DRAFT or RETURNED update on a
// commitment at a time (an advisory lock on the pair makes the "is there one already?" check race-free). Saving a
// returned update keeps it RETURNED (with the secretariat's comment) until it is resubmitted.
//
// No lost work: the form carries the version of the draft it was showing, and the write is a conditional
// `updateMany({ where: { id, version } })`; when it matches nothing, someone (another tab, another device) saved
// first, and the save is refused with the stored values next to the typed ones, field by field.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { canPostProgressUpdate } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";
import { UPDATE_CONTENT_SELECT, updateFormValues } from "@/lib/data/workspace/progress-update-values";
import { conflictDiff, type FieldChange } from "@/lib/domain/workspace-conflict";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { CONTENT_LOCALES } from "@/lib/validation/content-translation";
import {
  comparableUpdate,
  emptyProgressUpdateValues,
  UPDATE_CONFLICT_FIELDS,
  updateTargetSchema,
  validateDraft,
  validateSubmission,
  type ProgressUpdateContent,
  type ProgressUpdateFormValues,
  type UpdateConflictField,
} from "@/lib/validation/progress-update";

type UpdateConflict = {
  /** changed: saved elsewhere since the form was shown; exists: there is already an open update of theirs on this
   * commitment; no_longer_editable: it was submitted (or published) meanwhile, so the next save starts a new one. */
  reason: "changed" | "exists" | "no_longer_editable";
  /** The update to save over next time (after they have seen the differences); null to start a new one. */
  draftId: string | null;
  version: number | null;
  changes: FieldChange<UpdateConflictField>[];
};

export type WriteProgressUpdateResult =
  | {
      ok: true;
      updateId: string;
      version: number;
      reviewState: ReviewState;
      savedAt: Date;
      commitment: { id: string; slug: string; title: string };
    }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "conflict"; conflict: UpdateConflict };

const OPEN_STATES = ["DRAFT", "RETURNED"] as const satisfies ReviewState[];
const NOT_FOUND = { ok: false, error: "not_found" } as const;
type Mode = "draft" | "submit";
const ACTIONS: Record<Mode, string> = { draft: "progress_update.save_draft", submit: "progress_update.submit" };

/**
 * Throws AuthorizationError when the actor may not write this update (after logging the refusal); everything a
 * person can fix comes back as a result, and a result other than ok wrote nothing.
 */
export async function writeProgressUpdate(
  actor: SessionUser | null,
  input: unknown,
  mode: Mode,
): Promise<WriteProgressUpdateResult> {
  if (!actor) throw new AuthorizationError("unauthenticated");
  const attempted = ACTIONS[mode];

  const target = updateTargetSchema.safeParse(input);
  if (!target.success) return NOT_FOUND;
  const { commitmentId, draftId } = target.data;
  const commitment = await db.commitment.findUnique({
    where: { id: commitmentId },
    select: {
      id: true,
      slug: true,
      title: true,
      memberId: true,
      kind: true,
      members: { select: { memberId: true } },
      approval: true,
      currentStatus: true,
      isDemo: true,
      milestones: { select: { id: true } },
    },
  });
  if (!commitment) return NOT_FOUND;
  const memberIds = commitment.members.map((member) => member.memberId);

  // The caller's user may be a few moments old: decide on the row as it is now (deactivated? moved member?).
  const author = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, memberId: true, active: true, isDemo: true },
  });
  if (!author) throw new AuthorizationError("unauthenticated");
  if (!author.active || !canPostProgressUpdate(author, { kind: commitment.kind, memberIds })) {
    throw await recordRefusal(actor, {
      attempted,
      entityType: "commitment",
      entityId: commitment.id,
      memberId: commitment.memberId,
      reason: !author.active
        ? "inactive_user"
        : author.role === "SECRETARIAT"
          ? "secretariat_does_not_post_updates"
          : commitment.kind !== "PLEDGE"
            ? "updates_on_pledges_only"
            : "not_a_focal_point_of_this_member",
    });
  }
  if (draftId) {
    const existing = await db.progressUpdate.findUnique({
      where: { id: draftId },
      select: { commitmentId: true, authorId: true },
    });
    if (!existing || existing.commitmentId !== commitment.id) return NOT_FOUND;
    // Drafts are their author's own work in progress, even for colleagues of the same member.
    if (existing.authorId !== author.id) {
      throw await recordRefusal(actor, {
        attempted,
        entityType: "progress_update",
        entityId: draftId,
        memberId: commitment.memberId,
        reason: "not_the_author",
      });
    }
  }
  // Only an approved commitment is on the record and can be reported on.
  if (commitment.approval !== "APPROVED") return NOT_FOUND;

  const values = (input as { values?: unknown }).values;
  const validation =
    mode === "submit" ? validateSubmission(values, { currentStatus: commitment.currentStatus }) : validateDraft(values);
  if (!validation.ok) return { ok: false, error: "invalid", fieldErrors: validation.fieldErrors };
  const content = validation.data;
  const milestoneIds = new Set(commitment.milestones.map((m) => m.id));
  if (content.milestoneIds.some((id) => !milestoneIds.has(id))) {
    return { ok: false, error: "invalid", fieldErrors: { milestones: ["milestones.unknown"] } };
  }

  const now = new Date();
  const isDemo = author.isDemo || commitment.isDemo;
  const outcome = await db.$transaction(async (tx) => {
    const submitting = mode === "submit";
    const review = submitting
      ? { reviewState: "SUBMITTED" as const, submittedAt: now, cycleId: await cycleContaining(tx, now) }
      : {};

    let updateId: string;
    let before: ReturnType<typeof snapshot> | null = null;
    let reviewState: ReviewState;
    let version: number;
    if (draftId) {
      const stored = await tx.progressUpdate.findUnique({
        where: { id: draftId },
        select: { id: true, version: true, reviewState: true, ...UPDATE_CONTENT_SELECT },
      });
      const expected = target.data.version;
      if (!stored || stored.version !== expected || !isOpen(stored.reviewState)) {
        return { kind: "conflict" as const, updateId: draftId, reason: "changed" as const };
      }
      // The version check again, in the write itself: a save committed since the read above makes this match nothing.
      const { count } = await tx.progressUpdate.updateMany({
        where: { id: stored.id, version: expected, authorId: author.id, reviewState: { in: [...OPEN_STATES] } },
        data: { ...scalars(content), ...review, version: { increment: 1 } },
      });
      if (count === 0) return { kind: "conflict" as const, updateId: stored.id, reason: "changed" as const };
      before = snapshot(stored.reviewState, stored.version, storedContent(stored));
      updateId = stored.id;
      reviewState = submitting ? "SUBMITTED" : stored.reviewState;
      version = expected + 1;
      await replaceChildren(tx, updateId, content);
    } else {
      // Serialises the first saves of this author on this commitment, so that two cannot both create a draft (an
      // existing draft needs no lock: its version check decides).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`progress-update:${commitment.id}:${author.id}`}, 0))`;
      const open = await tx.progressUpdate.findFirst({
        where: { commitmentId: commitment.id, authorId: author.id, reviewState: { in: [...OPEN_STATES] } },
        orderBy: { updatedAt: "desc" },
        select: { id: true },
      });
      if (open) return { kind: "conflict" as const, updateId: open.id, reason: "exists" as const };
      const created = await tx.progressUpdate.create({
        data: { commitmentId: commitment.id, authorId: author.id, isDemo, ...scalars(content), ...review },
        select: { id: true, reviewState: true, version: true },
      });
      updateId = created.id;
      reviewState = created.reviewState;
      version = created.version;
      await replaceChildren(tx, updateId, content);
    }
    await writeAudit(tx, actorFor(author), {
      action: attempted,
      entityType: "progress_update",
      entityId: updateId,
      memberId: commitment.memberId,
      before,
      after: snapshot(reviewState, version, content),
    });
    return { kind: "written" as const, updateId, reviewState, version };
  });

  if (outcome.kind === "conflict") {
    return { ok: false, error: "conflict", conflict: await describeConflict(outcome.updateId, outcome.reason, values) };
  }
  // Nothing public changed, and the workspace pages are rendered per request: there is no cache to drop (and
  // autosave must not make the browser refetch the page every few seconds).
  return {
    ok: true,
    updateId: outcome.updateId,
    reviewState: outcome.reviewState,
    version: outcome.version,
    savedAt: now,
    commitment: { id: commitment.id, slug: commitment.slug, title: commitment.title },
  };
}

function isOpen(state: ReviewState): boolean {
  return (OPEN_STATES as readonly ReviewState[]).includes(state);
}

function scalars(content: ProgressUpdateContent) {
  return {
    status: content.status,
    percentComplete: content.percentComplete,
    narrative: content.narrative,
    language: content.language,
  };
}

/** Evidence, barriers and milestones reached are replaced as a whole: the form always sends all of them. */
async function replaceChildren(tx: Tx, updateId: string, content: ProgressUpdateContent) {
  // One connection per transaction: these run one after the other anyway.
  await tx.evidenceLink.deleteMany({ where: { updateId } });
  await tx.privateEvidenceLink.deleteMany({ where: { updateId } });
  await tx.privatePassage.deleteMany({ where: { updateId } });
  await tx.updateBarrier.deleteMany({ where: { updateId } });
  await tx.updateMilestone.deleteMany({ where: { updateId } });
  // A link marked "secretariat only" goes to a table no public read selects from (decision 0023).
  const links = (secretariatOnly: boolean) =>
    content.evidence
      .filter((link) => link.secretariatOnly === secretariatOnly)
      .map(({ url, label }) => ({ updateId, url, label }));
  await tx.evidenceLink.createMany({ data: links(false) });
  await tx.privateEvidenceLink.createMany({ data: links(true) });
  if (content.privatePassage) await tx.privatePassage.create({ data: { updateId, body: content.privatePassage } });
  await tx.updateBarrier.createMany({ data: content.barriers.map((barrier) => ({ updateId, ...barrier })) });
  await tx.updateMilestone.createMany({ data: content.milestoneIds.map((milestoneId) => ({ updateId, milestoneId })) });
}

function storedContent(stored: Parameters<typeof updateFormValues>[0]): ProgressUpdateContent {
  return {
    status: stored.status as ProgressUpdateContent["status"],
    percentComplete: stored.percentComplete,
    narrative: stored.narrative,
    privatePassage: stored.privatePassage?.body ?? null,
    language: CONTENT_LOCALES.find((locale) => locale === stored.language) ?? "en",
    evidence: [
      ...stored.evidence.map((link) => ({ ...link, secretariatOnly: false })),
      ...stored.privateEvidence.map((link) => ({ ...link, secretariatOnly: true })),
    ],
    milestoneIds: stored.milestonesReached.map((m) => m.milestoneId),
    barriers: stored.barriers as ProgressUpdateContent["barriers"],
  };
}

/** What the audit log keeps of an update: its state and everything it says. */
function snapshot(reviewState: ReviewState, version: number, content: ProgressUpdateContent) {
  return { reviewState, version, ...content };
}

async function describeConflict(
  updateId: string,
  reason: "changed" | "exists",
  typed: unknown,
): Promise<UpdateConflict> {
  const stored = await db.progressUpdate.findUnique({
    where: { id: updateId },
    select: { id: true, version: true, reviewState: true, ...UPDATE_CONTENT_SELECT },
  });
  const mine = comparableUpdate(isFormValues(typed) ? typed : emptyProgressUpdateValues());
  const theirs = stored ? comparableUpdate(updateFormValues(stored)) : comparableUpdate(emptyProgressUpdateValues());
  const changes = conflictDiff(UPDATE_CONFLICT_FIELDS, theirs, mine, ["evidence", "milestones", "barriers"]);
  if (!stored || !isOpen(stored.reviewState))
    return { reason: "no_longer_editable", draftId: null, version: null, changes };
  return { reason, draftId: stored.id, version: stored.version, changes };
}

function isFormValues(value: unknown): value is ProgressUpdateFormValues {
  const v = value as ProgressUpdateFormValues | null;
  return (
    Boolean(v) &&
    typeof v!.status === "string" &&
    Array.isArray(v!.evidence) &&
    Array.isArray(v!.barriers) &&
    Array.isArray(v!.milestoneIds)
  );
}

/** The reporting cycle whose dates (UTC calendar days, inclusive) contain `now`; the latest-starting one if several
 * overlap, null if none does. An update counts in the cycle in which it was submitted. */
async function cycleContaining(tx: Tx, now: Date): Promise<string | null> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const cycle = await tx.reportingCycle.findFirst({
    where: { startsOn: { lte: today }, endsOn: { gte: today } },
    orderBy: { startsOn: "desc" },
    select: { id: true },
  });
  return cycle?.id ?? null;
}
