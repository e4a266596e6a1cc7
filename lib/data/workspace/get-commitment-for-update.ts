import "server-only";
import { db } from "@/lib/db";
import { canPostProgressUpdate } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

export type CommitmentForUpdate = NonNullable<Awaited<ReturnType<typeof getCommitmentForUpdate>>>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The commitment behind the update form, or null when it does not exist OR the user may not post on it: a focal
 * point who edits the URL to another member's commitment gets the same "not found" as for a mistyped one.
 * The mutation checks again on submit; this read keeps the form from being shown at all.
 */
export async function getCommitmentForUpdate(user: SessionUser, slug: string) {
  if (slug.length > 200 || !SLUG.test(slug)) return null;
  const commitment = await db.commitment.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      memberId: true,
      approval: true,
      version: true,
      currentStatus: true,
      currentPercent: true,
      lastPublishedAt: true,
      discontinuedReason: true,
      member: { select: { name: true } },
    },
  });
  if (!commitment || !canPostProgressUpdate(user, commitment)) return null;
  return commitment;
}
