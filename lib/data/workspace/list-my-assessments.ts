import "server-only";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isAccredited, isReviewer } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

const SEARCH_RESULTS = 20;

/**
 * A reviewer's own assessments, newest first (drafts are their author's alone), with the parts they marked
 * "secretariat only", whether their organisation is
 * accredited now, and, when they search, approved commitments whose title or reference matches, to assess.
 */
export async function listMyAssessments(user: SessionUser, search: string) {
  if (!isReviewer(user)) throw new AuthorizationError("forbidden");
  const term = search.trim().slice(0, 200);
  const [organisation, assessments, matches] = await Promise.all([
    db.member.findUniqueOrThrow({
      where: { id: user.memberId },
      select: { name: true, accreditedAt: true, accreditationWithdrawnAt: true },
    }),
    db.assessment.findMany({
      where: { authorId: user.id },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        status: true,
        reviewState: true,
        reviewComment: true,
        updatedAt: true,
        language: true,
        // Their author sees the parts they kept for the secretariat (decision 0023), once submitted too.
        privatePassage: { select: { body: true } },
        privateEvidence: { select: { url: true, label: true }, orderBy: { id: "asc" } },
        commitment: { select: { slug: true, title: true, member: { select: { name: true } } } },
      },
    }),
    term === ""
      ? Promise.resolve([])
      : db.commitment.findMany({
          where: {
            approval: "APPROVED",
            OR: [
              { title: { contains: term, mode: "insensitive" } },
              { slug: { contains: term.toLowerCase() } },
              { member: { name: { contains: term, mode: "insensitive" } } },
            ],
          },
          orderBy: { title: "asc" },
          take: SEARCH_RESULTS,
          select: { slug: true, title: true, member: { select: { name: true } } },
        }),
  ]);
  return { organisation: { name: organisation.name, accredited: isAccredited(organisation) }, assessments, matches };
}
