// A focal point edits the details of one of their member's commitments: title, description, themes, target date,
// milestones (add, edit, remove) and indicator. The meeting, the pillars and the verbatim source excerpt are the
// record of what was pledged where, and are never edited here. Editing a proposal the secretariat returned sends it
// back for approval (RETURNED → PROPOSED).
//
// Who may edit: an active focal point of the commitment's member (read from the commitment, never from the form).
// No lost work: the form carries the commitment's version and the write is a conditional updateMany on it; when it
// matches nothing, the edit is refused with the stored details next to the typed ones, field by field. The edit and
// its audit row (details before and after) are one transaction.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isFocalPointOf } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import {
  commitmentDetailsFormValues,
  DETAILS_SELECT,
  detailsSnapshot,
} from "@/lib/data/workspace/commitment-details-values";
import { conflictDiff, type FieldChange } from "@/lib/domain/workspace-conflict";
import {
  COMMITMENT_CONFLICT_FIELDS,
  comparableCommitment,
  emptyCommitmentDetails,
  validateCommitmentEdit,
  type CommitmentConflictField,
  type CommitmentDetailsFormValues,
} from "@/lib/validation/commitment-details";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { checkDetailReferences } from "./check-detail-references";

type CommitmentConflict = { version: number; changes: FieldChange<CommitmentConflictField>[] };

export type EditCommitmentResult =
  | { ok: true; version: number; commitment: { id: string; slug: string; title: string } }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "conflict"; conflict: CommitmentConflict };

const ACTION = "commitment.edit";
const NOT_FOUND = { ok: false, error: "not_found" } as const;

const targetSchema = z.object({
  commitmentId: z.uuid(),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});

export async function editCommitment(actor: SessionUser | null, input: unknown): Promise<EditCommitmentResult> {
  if (!actor) throw new AuthorizationError("unauthenticated");
  const target = targetSchema.safeParse(input);
  if (!target.success) return NOT_FOUND;
  const commitment = await db.commitment.findUnique({
    where: { id: target.data.commitmentId },
    select: { id: true, slug: true, memberId: true, approval: true, version: true, ...DETAILS_SELECT },
  });
  if (!commitment) return NOT_FOUND;

  const editor = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, memberId: true, active: true },
  });
  if (!editor) throw new AuthorizationError("unauthenticated");
  if (!editor.active || !isFocalPointOf(editor, commitment.memberId)) {
    throw await recordRefusal(actor, {
      attempted: ACTION,
      entityType: "commitment",
      entityId: commitment.id,
      memberId: commitment.memberId,
      reason: !editor.active
        ? "inactive_user"
        : editor.role === "SECRETARIAT"
          ? "secretariat_does_not_edit_member_commitments"
          : "not_a_focal_point_of_this_member",
    });
  }

  const values = (input as { values?: unknown }).values;
  const validation = validateCommitmentEdit(values);
  if (!validation.ok) return { ok: false, error: "invalid", fieldErrors: validation.fieldErrors };
  const details = validation.data;
  const referenceErrors = await checkDetailReferences(details, values as CommitmentDetailsFormValues, {
    milestones: commitment.milestones.map((m) => m.id),
  });
  if (referenceErrors) return { ok: false, error: "invalid", fieldErrors: referenceErrors };

  const expected = target.data.version;
  if (commitment.version !== expected) return conflict(commitment.id, values);
  const approval = commitment.approval === "RETURNED" ? "PROPOSED" : commitment.approval;

  const written = await db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, version: expected },
      data: {
        title: details.title,
        description: details.description,
        targetDate: details.targetDate,
        indicatorName: details.indicatorName,
        indicatorBaseline: details.indicatorBaseline,
        indicatorTarget: details.indicatorTarget,
        indicatorUnit: details.indicatorUnit,
        approval,
        version: { increment: 1 },
      },
    });
    if (count === 0) return null;
    await tx.commitmentTheme.deleteMany({ where: { commitmentId: commitment.id } });
    await tx.commitmentTheme.createMany({
      data: details.themeIds.map((themeId) => ({ commitmentId: commitment.id, themeId })),
    });
    if (details.removedMilestoneIds.length > 0) {
      await tx.milestone.deleteMany({
        where: { commitmentId: commitment.id, id: { in: details.removedMilestoneIds } },
      });
    }
    for (const milestone of details.milestones) {
      const data = { title: milestone.title, dueDate: milestone.dueDate, sortOrder: milestone.sortOrder };
      if (milestone.id) await tx.milestone.update({ where: { id: milestone.id, commitmentId: commitment.id }, data });
      else await tx.milestone.create({ data: { ...data, commitmentId: commitment.id } });
    }
    const after = await tx.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      select: { version: true, approval: true, ...DETAILS_SELECT },
    });
    await writeAudit(tx, actorFor(editor), {
      action: ACTION,
      entityType: "commitment",
      entityId: commitment.id,
      memberId: commitment.memberId,
      before: { version: commitment.version, approval: commitment.approval, ...detailsSnapshot(commitment) },
      after: { version: after.version, approval: after.approval, ...detailsSnapshot(after) },
    });
    return after;
  });
  if (!written) return conflict(commitment.id, values);

  // An approved commitment is on the public record; a proposal is not (yet).
  if (commitment.approval === "APPROVED") revalidatePublicData();
  return {
    ok: true,
    version: written.version,
    commitment: { id: commitment.id, slug: commitment.slug, title: written.title },
  };
}

async function conflict(commitmentId: string, typed: unknown): Promise<EditCommitmentResult> {
  const stored = await db.commitment.findUnique({
    where: { id: commitmentId },
    select: { version: true, ...DETAILS_SELECT },
  });
  if (!stored) return NOT_FOUND;
  const mine = comparableCommitment(isDetailsValues(typed) ? typed : emptyCommitmentDetails());
  const theirs = comparableCommitment(commitmentDetailsFormValues(stored));
  return {
    ok: false,
    error: "conflict",
    conflict: { version: stored.version, changes: conflictDiff(COMMITMENT_CONFLICT_FIELDS, theirs, mine, ["themes"]) },
  };
}

function isDetailsValues(value: unknown): value is CommitmentDetailsFormValues {
  const v = value as CommitmentDetailsFormValues | null;
  return Boolean(v) && typeof v!.title === "string" && Array.isArray(v!.themeIds) && Array.isArray(v!.milestones);
}
