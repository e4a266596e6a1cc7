import "server-only";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isFocalPoint } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { getCurrentCycle } from "@/lib/data/public/get-current-cycle";
import { computeFreshness } from "@/lib/domain/freshness";
import { dayStart, todayIsoDay } from "@/lib/domain/iso-day";
import { computeSchedule } from "@/lib/domain/schedule";
import { sortByUrgency, urgencyLevel, type LatestUpdateState } from "@/lib/domain/workspace-urgency";

type MyCommitments = Awaited<ReturnType<typeof listMyCommitments>>;
export type WorkspaceCommitment = MyCommitments["commitments"][number];
export type WorkspaceProposal = MyCommitments["proposals"][number];

/**
 * "My commitments": the approved commitments of the focal point's own member (and nobody else's), with the four
 * facts of each for the current cycle and the state of the newest update they can see, most urgent first
 * (lib/domain/workspace-urgency.ts); and, apart, the member's proposals that are not approved yet.
 * Drafts are private to their author: a colleague's draft is not shown.
 */
export async function listMyCommitments(user: SessionUser) {
  if (!isFocalPoint(user)) throw new AuthorizationError("forbidden");
  const today = dayStart(todayIsoDay());
  const [cycles, rows] = await Promise.all([
    getCurrentCycle(),
    db.commitment.findMany({
      // The pledges of the member, joint ones included: only pledges are reported on (decision 0012).
      where: { kind: "PLEDGE", members: { some: { memberId: user.memberId } } },
      select: {
        id: true,
        slug: true,
        title: true,
        approval: true,
        approvalComment: true,
        targetDate: true,
        currentStatus: true,
        currentPercent: true,
        lastPublishedAt: true,
        createdAt: true,
        isDemo: true,
        meeting: { select: { startDate: true } },
        milestones: { select: { dueDate: true, reachedOn: true } },
        // Open updates only: few per commitment (one draft per author, and what waits for the secretariat).
        updates: {
          where: {
            OR: [{ reviewState: { in: ["SUBMITTED", "RETURNED"] } }, { reviewState: "DRAFT", authorId: user.id }],
          },
          orderBy: { updatedAt: "desc" },
          select: { id: true, reviewState: true, reviewComment: true, authorId: true, updatedAt: true },
        },
      },
    }),
  ]);

  const commitments = rows
    .filter((row) => row.approval === "APPROVED")
    .map((row) => {
      const pledgedOn = row.meeting.startDate;
      const schedule = computeSchedule({
        today,
        pledgedOn,
        targetDate: row.targetDate,
        status: row.currentStatus,
        percent: row.currentPercent,
        milestones: row.milestones,
      });
      const freshness = computeFreshness({ today, pledgedOn, lastPublishedAt: row.lastPublishedAt, cycles });
      const own = row.updates.find(
        (u) => u.authorId === user.id && (u.reviewState === "DRAFT" || u.reviewState === "RETURNED"),
      );
      const latestOpen = row.updates[0];
      const latest: { state: LatestUpdateState; at: Date | null; comment: string | null } =
        latestOpen && (!row.lastPublishedAt || latestOpen.updatedAt > row.lastPublishedAt)
          ? { state: latestOpen.reviewState, at: latestOpen.updatedAt, comment: latestOpen.reviewComment }
          : row.lastPublishedAt
            ? { state: "PUBLISHED", at: row.lastPublishedAt, comment: null }
            : { state: null, at: null, comment: null };
      const urgencyInput = {
        title: row.title,
        status: row.currentStatus,
        schedule: schedule.state,
        freshness,
        lastPublishedAt: row.lastPublishedAt,
        hasOwnReturnedUpdate: own?.reviewState === "RETURNED",
        hasSubmittedUpdate: row.updates.some((u) => u.reviewState === "SUBMITTED"),
      };
      return {
        ...urgencyInput,
        id: row.id,
        slug: row.slug,
        isDemo: row.isDemo,
        percent: row.currentPercent,
        latest,
        /** The focal point's own open update: what the update link continues. */
        ownOpenUpdate: own ? { state: own.reviewState, comment: own.reviewComment } : null,
        urgency: urgencyLevel(urgencyInput),
      };
    });

  const proposals = rows
    .filter((row) => row.approval !== "APPROVED")
    .sort(
      (a, b) =>
        Number(b.approval === "RETURNED") - Number(a.approval === "RETURNED") ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    )
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      approval: row.approval,
      approvalComment: row.approvalComment,
      createdAt: row.createdAt,
    }));

  return { commitments: sortByUrgency(commitments), proposals, cycle: cycles?.current ?? null };
}
