// A focal point reports progress on one of their member's commitments.
//
// Who may post: only an active focal point of the member that made the commitment. The member is read from the
// commitment in the database (the form sends only the commitment's id), so a crafted form cannot claim another
// member. The secretariat does NOT post on a member's behalf: an update is the member's own account, and the
// secretariat's part is to review and verify it (see canPostProgressUpdate in lib/auth/policy.ts).
//
// Until the review workflow exists, an update is published on submit (self-reported), and the commitment's
// denormalised current status is written in the same transaction as the update and its audit row. Two people
// saving at once cannot overwrite each other: the write only happens if the commitment still has the version the
// form was showing.
import "server-only";
import { revalidatePath } from "next/cache";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { canPostProgressUpdate } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums";
import {
  fieldErrorsOf,
  progressUpdateSchema,
  progressUpdateTargetSchema,
  type FieldErrors,
} from "@/lib/validation/progress-update";

/** The commitment as it stands now, shown to someone whose save lost the race. */
export type CommitmentState = {
  version: number;
  status: ImplementationStatus | null;
  percentComplete: number | null;
  lastPublishedAt: Date | null;
};

export type PostProgressUpdateResult =
  | { ok: true; updateId: string; commitment: { id: string; slug: string; title: string } }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "conflict"; current: CommitmentState };

const ACTION = "progress_update.publish";

/**
 * Throws AuthorizationError when the actor may not post on this commitment (after recording the refusal);
 * everything else a person can fix comes back as a result.
 */
export async function postProgressUpdate(actor: SessionUser | null, input: unknown): Promise<PostProgressUpdateResult> {
  if (!actor) throw new AuthorizationError("unauthenticated");

  const target = progressUpdateTargetSchema.safeParse(input);
  if (!target.success) return { ok: false, error: "not_found" };
  const commitment = await db.commitment.findUnique({ where: { id: target.data.commitmentId }, select: COMMITMENT });
  if (!commitment) return { ok: false, error: "not_found" };

  // The caller's user may be a few moments old: decide on the row as it is now (deactivated? moved member?).
  const author = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, memberId: true, active: true, isDemo: true },
  });
  if (!author) throw new AuthorizationError("unauthenticated");
  if (!author.active || !canPostProgressUpdate(author, commitment)) {
    throw await recordRefusal(actor, {
      attempted: ACTION,
      entityType: "commitment",
      entityId: commitment.id,
      memberId: commitment.memberId,
      reason: !author.active
        ? "inactive_user"
        : author.role === "SECRETARIAT"
          ? "secretariat_does_not_post_updates"
          : "not_a_focal_point_of_this_member",
    });
  }

  const parsed = progressUpdateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const update = parsed.data;

  if (commitment.version !== target.data.version) return conflict(commitment.id);

  const now = new Date();
  const before = stateOf(commitment);
  const discontinuedReason = update.status === "DISCONTINUED" ? (update.discontinuedReason ?? null) : null;
  const written = await db.$transaction(async (tx) => {
    const cycleId = await cycleContaining(tx, now);
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, version: target.data.version },
      data: {
        version: { increment: 1 },
        currentStatus: update.status,
        // Copied as reported: an update without a percentage leaves the commitment without one.
        currentPercent: update.percentComplete ?? null,
        lastPublishedAt: now,
        discontinuedReason,
      },
    });
    if (count === 0) return null;
    const created = await tx.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        authorId: author.id,
        cycleId,
        status: update.status,
        percentComplete: update.percentComplete ?? null,
        narrative: update.narrative,
        reviewState: "PUBLISHED",
        verification: "SELF_REPORTED",
        submittedAt: now,
        publishedAt: now,
        // Posted from a demonstration account, or about a demonstration commitment: never passed off as real.
        isDemo: author.isDemo || commitment.isDemo,
        evidence: update.evidenceUrl ? { create: { url: update.evidenceUrl } } : undefined,
      },
      select: { id: true },
    });
    await writeAudit(tx, actorFor(author), {
      action: ACTION,
      entityType: "progress_update",
      entityId: created.id,
      memberId: commitment.memberId,
      before: { commitment: { id: commitment.id, ...before, discontinuedReason: commitment.discontinuedReason } },
      after: {
        commitment: {
          id: commitment.id,
          version: commitment.version + 1,
          status: update.status,
          percentComplete: update.percentComplete ?? null,
          lastPublishedAt: now,
          discontinuedReason,
        },
        update: {
          id: created.id,
          cycleId,
          status: update.status,
          percentComplete: update.percentComplete ?? null,
          narrative: update.narrative,
          evidenceUrl: update.evidenceUrl ?? null,
          reviewState: "PUBLISHED",
          verification: "SELF_REPORTED",
        },
      },
    });
    return created;
  });
  if (!written) return conflict(commitment.id);

  for (const path of ["/", "/commitments", `/commitments/${commitment.slug}`, "/workspace"]) revalidatePath(path);
  return { ok: true, updateId: written.id, commitment: { id: commitment.id, slug: commitment.slug, title: commitment.title } };
}

const COMMITMENT = {
  id: true,
  slug: true,
  title: true,
  memberId: true,
  version: true,
  currentStatus: true,
  currentPercent: true,
  lastPublishedAt: true,
  discontinuedReason: true,
  isDemo: true,
} as const;

function stateOf(c: {
  version: number;
  currentStatus: ImplementationStatus | null;
  currentPercent: number | null;
  lastPublishedAt: Date | null;
}): CommitmentState {
  return { version: c.version, status: c.currentStatus, percentComplete: c.currentPercent, lastPublishedAt: c.lastPublishedAt };
}

async function conflict(commitmentId: string): Promise<PostProgressUpdateResult> {
  const current = await db.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: COMMITMENT });
  return { ok: false, error: "conflict", current: stateOf(current) };
}

/** The reporting cycle whose dates (UTC calendar days, inclusive) contain `now`; the latest-starting one if
 * several overlap, null if none does. */
async function cycleContaining(tx: Tx, now: Date): Promise<string | null> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const cycle = await tx.reportingCycle.findFirst({
    where: { startsOn: { lte: today }, endsOn: { gte: today } },
    orderBy: { startsOn: "desc" },
    select: { id: true },
  });
  return cycle?.id ?? null;
}
