import "server-only";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/domain/slug";
import { isFocalPointOfAny } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

type WorkspaceCommitmentPage = NonNullable<Awaited<ReturnType<typeof getWorkspaceCommitment>>>;
export type WorkspaceUpdate = WorkspaceCommitmentPage["updates"][number];

/**
 * One of the member's commitments (approved or proposed) as its focal points see it: its details and the history of
 * its updates in every state, with the secretariat's comments. A focal point's drafts are theirs alone: a colleague's
 * draft is not listed. Null for a commitment that does not exist or is another member's (the same "not found").
 */
export async function getWorkspaceCommitment(user: SessionUser, slug: string) {
  if (!isSlug(slug)) return null;
  const commitment = await db.commitment.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      sourceExcerpt: true,
      pillars: true,
      memberId: true,
      members: { select: { memberId: true } },
      approval: true,
      approvalComment: true,
      targetDate: true,
      currentStatus: true,
      currentPercent: true,
      lastPublishedAt: true,
      indicatorName: true,
      indicatorBaseline: true,
      indicatorTarget: true,
      indicatorUnit: true,
      isDemo: true,
      member: { select: { name: true } },
      meeting: { select: { title: true, startDate: true } },
      themes: { select: { theme: { select: { name: true } } }, orderBy: { theme: { sortOrder: "asc" } } },
      milestones: {
        select: { id: true, title: true, dueDate: true, reachedOn: true },
        orderBy: [{ sortOrder: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      },
    },
  });
  const memberIds = commitment?.members.map((member) => member.memberId) ?? [];
  if (!commitment || !isFocalPointOfAny(user, memberIds)) return null;

  const updates = await db.progressUpdate.findMany({
    where: { commitmentId: commitment.id, OR: [{ reviewState: { not: "DRAFT" } }, { authorId: user.id }] },
    orderBy: [{ updatedAt: "desc" }],
    take: 100,
    select: {
      id: true,
      reviewState: true,
      reviewComment: true,
      reviewedAt: true,
      status: true,
      percentComplete: true,
      narrative: true,
      verification: true,
      submittedAt: true,
      publishedAt: true,
      updatedAt: true,
      isDemo: true,
      authorId: true,
      author: { select: { name: true } },
      evidence: { select: { id: true, url: true, label: true }, orderBy: { url: "asc" } },
      // The commitment's focal points see what any of them marked "secretariat only" (decision 0023).
      privateEvidence: { select: { url: true, label: true }, orderBy: { url: "asc" } },
      privatePassage: { select: { body: true } },
      narrativeRedactedAt: true,
      barriers: { select: { id: true, kind: true, detail: true } },
      milestonesReached: { select: { milestone: { select: { title: true } } } },
    },
  });

  const { indicatorBaseline, indicatorTarget, themes, memberId: _memberId, ...rest } = commitment;
  return {
    ...rest,
    themes: themes.map((t) => t.theme.name),
    indicatorBaseline: indicatorBaseline?.toString() ?? null,
    indicatorTarget: indicatorTarget?.toString() ?? null,
    updates: updates.map(({ authorId, ...update }) => ({ ...update, isMine: authorId === user.id })),
  };
}
