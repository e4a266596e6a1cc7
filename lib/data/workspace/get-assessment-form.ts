import "server-only";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isAccredited, isReviewer } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { isoDay } from "@/lib/domain/iso-day";
import { isSlug } from "@/lib/domain/slug";

/**
 * What the assessment form of one commitment shows a reviewer: the commitment and its latest self-reported status,
 * and their own open assessment of it (a draft, or one the secretariat returned with its comment) to continue, or
 * none to start one. Null when there is no such approved commitment.
 */
export async function getAssessmentForm(user: SessionUser, slug: string) {
  if (!isReviewer(user)) throw new AuthorizationError("forbidden");
  if (!isSlug(slug)) return null;
  const [organisation, commitment] = await Promise.all([
    db.member.findUniqueOrThrow({
      where: { id: user.memberId },
      select: { name: true, accreditedAt: true, accreditationWithdrawnAt: true },
    }),
    db.commitment.findFirst({
      where: { slug, approval: "APPROVED" },
      select: { id: true, slug: true, title: true, currentStatus: true, member: { select: { name: true } } },
    }),
  ]);
  if (!commitment) return null;
  const open = await db.assessment.findFirst({
    where: { commitmentId: commitment.id, authorId: user.id, reviewState: { in: ["DRAFT", "RETURNED"] } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      version: true,
      reviewState: true,
      reviewComment: true,
      status: true,
      narrative: true,
      language: true,
      periodFrom: true,
      periodTo: true,
      evidence: { select: { url: true, label: true }, orderBy: { id: "asc" } },
      privateEvidence: { select: { url: true, label: true }, orderBy: { id: "asc" } },
      privatePassage: { select: { body: true } },
    },
  });
  return {
    organisation: { name: organisation.name, accredited: isAccredited(organisation) },
    commitment,
    assessment: open && {
      id: open.id,
      version: open.version,
      reviewState: open.reviewState,
      reviewComment: open.reviewComment,
      values: {
        status: open.status,
        narrative: open.narrative,
        privatePassage: open.privatePassage?.body ?? "",
        language: open.language,
        periodFrom: isoDay(open.periodFrom),
        periodTo: isoDay(open.periodTo),
        ...Object.fromEntries(
          [
            ...open.evidence.map((link) => ({ ...link, secretariatOnly: false })),
            ...open.privateEvidence.map((link) => ({ ...link, secretariatOnly: true })),
          ].flatMap((link, i) => [
            [`evidenceUrl.${i}`, link.url],
            [`evidenceLabel.${i}`, link.label ?? ""],
            [`evidencePrivate.${i}`, link.secretariatOnly ? "on" : ""],
          ]),
        ),
      } as Record<string, string>,
    },
  };
}
