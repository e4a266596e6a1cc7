// A focal point proposes a new commitment for their member. It is stored with approval PROPOSED and goes to the
// secretariat, which approves or returns it; until approved it is not on the public record.
//
// Who may propose: an active focal point, for their own member only: the member is the proposer's (read from their
// user row), never a value from the form. The secretariat does not propose on a member's behalf. The commitment, its
// themes and milestones, and the audit row are written in one transaction; its slug is generated from the member and
// the title, and made unique.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isFocalPoint } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";
import { DETAILS_SELECT, detailsSnapshot } from "@/lib/data/workspace/commitment-details-values";
import { Prisma } from "@/lib/generated/prisma/client";
import { commitmentSlugBase } from "@/lib/domain/workspace-slug";
import { validateProposal } from "@/lib/validation/commitment-details";
import type { CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { checkDetailReferences } from "./check-detail-references";

export type ProposeCommitmentResult =
  | { ok: true; commitment: { id: string; slug: string; title: string } }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors };

const ACTION = "commitment.propose";

export async function proposeCommitment(actor: SessionUser | null, input: unknown): Promise<ProposeCommitmentResult> {
  if (!actor) throw new AuthorizationError("unauthenticated");
  const proposer = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      role: true,
      memberId: true,
      active: true,
      isDemo: true,
      member: { select: { slug: true } },
    },
  });
  if (!proposer) throw new AuthorizationError("unauthenticated");
  if (!proposer.active || !isFocalPoint(proposer) || !proposer.member) {
    throw await recordRefusal(actor, {
      attempted: ACTION,
      entityType: "commitment",
      entityId: "new",
      memberId: proposer.memberId,
      reason: !proposer.active ? "inactive_user" : "only_focal_points_propose_for_their_member",
    });
  }
  const memberId = proposer.memberId;
  const memberSlug = proposer.member.slug;

  const values = (input as { values?: unknown } | null)?.values;
  const validation = validateProposal(values, { today: new Date() });
  if (!validation.ok) return { ok: false, error: "invalid", fieldErrors: validation.fieldErrors };
  const details = validation.data;
  const referenceErrors = await checkDetailReferences(details, values as CommitmentDetailsFormValues, {
    milestones: [],
  });
  if (referenceErrors) return { ok: false, error: "invalid", fieldErrors: referenceErrors };

  const base = commitmentSlugBase(memberSlug, details.title);
  // Two proposals with the same title at the same moment both find the slug free; the unique index refuses the
  // second, which then tries again with a random suffix.
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await db.$transaction((tx) => create(tx, attempt === 0 ? null : randomSuffix()));
      return { ok: true, commitment: created };
    } catch (error) {
      const slugTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!slugTaken || attempt >= 2) throw error;
    }
  }

  async function create(tx: Tx, suffix: string | null) {
    const slug = suffix ? `${base}-${suffix}` : await freeSlug(tx, base);
    const commitment = await tx.commitment.create({
      data: {
        slug,
        memberId,
        meetingId: details.meetingId,
        title: details.title,
        description: details.description,
        pillars: details.pillars,
        targetDate: details.targetDate,
        indicatorName: details.indicatorName,
        indicatorBaseline: details.indicatorBaseline,
        indicatorTarget: details.indicatorTarget,
        indicatorUnit: details.indicatorUnit,
        approval: "PROPOSED",
        proposedById: proposer!.id,
        isDemo: proposer!.isDemo,
        themes: { create: details.themeIds.map((themeId) => ({ themeId })) },
        milestones: {
          create: details.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, sortOrder: m.sortOrder })),
        },
      },
      select: { id: true, slug: true, ...DETAILS_SELECT },
    });
    await writeAudit(tx, actorFor(proposer), {
      action: ACTION,
      entityType: "commitment",
      entityId: commitment.id,
      memberId,
      after: {
        slug,
        approval: "PROPOSED",
        pillars: details.pillars,
        meetingId: details.meetingId,
        ...detailsSnapshot(commitment),
      },
    });
    return { id: commitment.id, slug: commitment.slug, title: commitment.title };
  }
}

/** `base`, or `base-2`, `base-3`… whichever is free first. */
async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.commitment.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (c) => c.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function randomSuffix(): string {
  return crypto.randomUUID().slice(0, 8);
}
