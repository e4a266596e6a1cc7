import "server-only";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/domain/slug";
import { canPostProgressUpdate } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { emptyProgressUpdateValues, type ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";
import { UPDATE_CONTENT_SELECT, updateFormValues } from "./progress-update-values";

/**
 * Everything the update form needs, or null when the commitment does not exist, is not approved, OR the user may
 * not report on it: a focal point who edits the URL to another member's commitment gets the same "not found" as for
 * a mistyped one. The mutation checks again on save; this read keeps the form from being shown at all.
 *
 * The form is prefilled from the focal point's own open update (a draft, or an update the secretariat returned) if
 * there is one, else from the latest published update: its status, percentage, narrative, evidence and barriers
 * (milestones reached are not repeated: they were reached then). The person edits what changed; the hint under the
 * narrative asks them to say what happened since. With `noChange`, the form is prefilled as the "no change since the
 * last report" shortcut.
 */
export async function getCommitmentForUpdate(
  user: SessionUser,
  slug: string,
  options: { noChangeNarrative?: string; draftId?: string } = {},
) {
  if (!isSlug(slug)) return null;
  const commitment = await db.commitment.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      memberId: true,
      kind: true,
      members: { select: { memberId: true } },
      approval: true,
      currentStatus: true,
      currentPercent: true,
      lastPublishedAt: true,
      member: { select: { name: true } },
      milestones: {
        select: { id: true, title: true, dueDate: true, reachedOn: true },
        orderBy: [{ sortOrder: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      },
    },
  });
  if (
    !commitment ||
    commitment.approval !== "APPROVED" ||
    !canPostProgressUpdate(user, {
      kind: commitment.kind,
      memberIds: commitment.members.map((member) => member.memberId),
    })
  )
    return null;

  const [open, published, reachedBefore] = await Promise.all([
    db.progressUpdate.findFirst({
      where: {
        commitmentId: commitment.id,
        authorId: user.id,
        reviewState: { in: ["DRAFT", "RETURNED"] },
        // A draft of theirs named in the address (from the history); otherwise the one they touched last. There can
        // be two open updates when one was returned while they had started a new draft.
        ...(options.draftId && isUuid(options.draftId) ? { id: options.draftId } : {}),
      },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        version: true,
        reviewState: true,
        reviewComment: true,
        reviewedAt: true,
        updatedAt: true,
        ...UPDATE_CONTENT_SELECT,
      },
    }),
    db.progressUpdate.findFirst({
      where: { commitmentId: commitment.id, reviewState: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
      select: { id: true, publishedAt: true, ...UPDATE_CONTENT_SELECT },
    }),
    // A milestone counts as reached once a published update said so, or the secretariat recorded the day.
    db.updateMilestone.findMany({
      where: { milestone: { commitmentId: commitment.id }, update: { reviewState: "PUBLISHED" } },
      select: { milestoneId: true },
    }),
  ]);

  const reached = new Set(reachedBefore.map((r) => r.milestoneId));
  const milestones = commitment.milestones.map((m) => ({ ...m, reached: m.reachedOn !== null || reached.has(m.id) }));
  const lastValues = published ? updateFormValues(published) : null;

  let values: ProgressUpdateFormValues;
  if (options.noChangeNarrative && lastValues) {
    values = {
      ...lastValues,
      narrative: options.noChangeNarrative,
      milestoneIds: [],
    };
  } else if (open) {
    values = updateFormValues(open);
  } else if (lastValues) {
    values = { ...lastValues, milestoneIds: [] };
  } else {
    values = emptyProgressUpdateValues();
  }

  return {
    commitment: {
      id: commitment.id,
      slug: commitment.slug,
      title: commitment.title,
      memberName: commitment.member.name,
      currentStatus: commitment.currentStatus,
      currentPercent: commitment.currentPercent,
      lastPublishedAt: commitment.lastPublishedAt,
    },
    milestones,
    draft: open
      ? {
          id: open.id,
          version: open.version,
          reviewState: open.reviewState,
          reviewComment: open.reviewComment,
          reviewedAt: open.reviewedAt,
          savedAt: open.updatedAt,
        }
      : null,
    lastPublished: published && lastValues ? { publishedAt: published.publishedAt, values: lastValues } : null,
    values,
  };
}
