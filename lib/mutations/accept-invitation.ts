// An invitee sets their password through the link in the invitation email. The link is the credential: it must be
// unused and unexpired, for a focal point who has no password yet. A refused password leaves the link usable; a
// successful one uses it up, activates the account and voids any other link sent to them, in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { claimEmailLink } from "@/lib/auth/email-links";
import { hashPassword } from "@/lib/auth/password";
import { findOpenInvitation } from "@/lib/data/account/find-open-invitation";
import { checkNewPassword, type NewPasswordErrors } from "@/lib/validation/new-password";

export type AcceptInvitationInput = { token: unknown; password: unknown; confirm: unknown };

export type AcceptInvitationResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; error: "invalid_link" }
  | { ok: false; error: "invalid"; fieldErrors: NewPasswordErrors };

export async function acceptInvitation(
  input: AcceptInvitationInput,
  now = new Date(),
): Promise<AcceptInvitationResult> {
  const invitation = await findOpenInvitation(input.token, now);
  if (!invitation) return { ok: false, error: "invalid_link" };
  const { user } = invitation;
  const checked = checkNewPassword(input, { email: user.email });
  if (!checked.ok) return { ok: false, error: "invalid", fieldErrors: checked.fieldErrors };
  const passwordHash = await hashPassword(checked.password);

  const accepted = await db.$transaction(async (tx) => {
    if (!(await claimEmailLink(tx, invitation.linkId, now))) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, active: true, lastSignInAt: now } });
    await tx.authToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    await writeAudit(tx, actorFor(user), {
      action: "focal_point.invitation_accepted",
      entityType: "user",
      entityId: user.id,
      memberId: user.memberId,
      before: { active: false, passwordSet: false },
      after: { active: true, passwordSet: true },
    });
    return true;
  });
  if (!accepted) return { ok: false, error: "invalid_link" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
