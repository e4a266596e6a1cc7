import "server-only";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/domain/slug";
import { isFocalPointOf } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { commitmentDetailsFormValues, DETAILS_SELECT } from "./commitment-details-values";
import { listThemeOptions } from "./list-detail-options";

/**
 * The details form of one of the member's commitments (approved, proposed or returned), or null when it does not
 * exist or is another member's. Milestones already on record as reached cannot be removed; the form says so.
 */
export async function getCommitmentForEdit(user: SessionUser, slug: string) {
  if (!isSlug(slug)) return null;
  const commitment = await db.commitment.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      memberId: true,
      approval: true,
      approvalComment: true,
      version: true,
      sourceExcerpt: true,
      meeting: { select: { title: true } },
      ...DETAILS_SELECT,
    },
  });
  if (!commitment || !isFocalPointOf(user, commitment.memberId)) return null;
  const [themes, reported] = await Promise.all([
    listThemeOptions(),
    db.updateMilestone.findMany({
      where: { milestone: { commitmentId: commitment.id } },
      select: { milestoneId: true },
      distinct: ["milestoneId"],
    }),
  ]);
  const inUse = new Set(reported.map((r) => r.milestoneId));
  for (const m of commitment.milestones) if (m.reachedOn) inUse.add(m.id);
  return {
    id: commitment.id,
    slug: commitment.slug,
    title: commitment.title,
    approval: commitment.approval,
    approvalComment: commitment.approvalComment,
    version: commitment.version,
    sourceExcerpt: commitment.sourceExcerpt,
    meetingTitle: commitment.meeting.title,
    pillars: commitment.pillars,
    values: commitmentDetailsFormValues(commitment),
    themes,
    lockedMilestoneIds: [...inUse],
  };
}
