// Who may do what, as pure predicates over the signed-in user (no database, no Next): the checks in lib/data and
// lib/mutations are built from these, and so is what the navigation offers.
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "./session-user";

type Subject = Pick<SessionUser, "role" | "memberId">;

export function isSecretariat(user: Subject | null): boolean {
  return user?.role === "SECRETARIAT";
}

export function isFocalPoint(user: Subject | null): user is Subject & { role: "FOCAL_POINT"; memberId: string } {
  return user?.role === "FOCAL_POINT" && user.memberId !== null;
}

export function isFocalPointOf(user: Subject | null, memberId: string): boolean {
  return isFocalPoint(user) && user.memberId === memberId;
}

/** A focal point of one of `memberIds` (the members of a joint commitment). */
export function isFocalPointOfAny(user: Subject | null, memberIds: readonly string[]): boolean {
  return isFocalPoint(user) && memberIds.includes(user.memberId);
}

/**
 * Progress updates are the member's own account of what it did, so only the member's focal points post them. The
 * secretariat does not post on a member's behalf: its part is to review, verify and chase, and an update it wrote
 * would blur whose statement the public record shows.
 */
export function canPostProgressUpdate(
  user: Subject | null,
  commitment: { kind: CommitmentKind; memberIds: readonly string[] },
): boolean {
  // Status is reported on pledges only; every member of a joint pledge reports on it (decision 0012).
  return commitment.kind === "PLEDGE" && isFocalPointOfAny(user, commitment.memberIds);
}

/** A reviewer of a civil-society organisation (whether the organisation is accredited now is a fact of the
 * database: lib/mutations/write-assessment.ts reads it). */
export function isReviewer(user: Subject | null): user is Subject & { role: "REVIEWER"; memberId: string } {
  return user?.role === "REVIEWER" && user.memberId !== null;
}

/**
 * Independent assessments are civil society's account, beside the member's own: only reviewers of an organisation
 * the secretariat accredited (and has not withdrawn) write them, on any approved commitment. The secretariat reviews
 * them as it reviews updates; it does not write them, or it would be assessing the record it keeps.
 */
export function canWriteAssessment(
  user: Subject | null,
  organisation: { accreditedAt: Date | null; accreditationWithdrawnAt: Date | null } | null,
): boolean {
  return isReviewer(user) && organisation !== null && isAccredited(organisation);
}

export function isAccredited(organisation: { accreditedAt: Date | null; accreditationWithdrawnAt: Date | null }) {
  return organisation.accreditedAt !== null && organisation.accreditationWithdrawnAt === null;
}
