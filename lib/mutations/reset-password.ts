// Setting a new password through the link in a reset email. Like an invitation, the link is the credential; on
// success it is used up, every session of the user ends (someone who knew the old password is signed out
// everywhere), and other unused links are voided, in one transaction with the audit row.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { claimEmailLink } from "@/lib/auth/email-links";
import { hashPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { findOpenPasswordReset } from "@/lib/data/account/find-open-password-reset";
import { checkNewPassword, type NewPasswordErrors } from "@/lib/validation/new-password";

export type ResetPasswordInput = { token: unknown; password: unknown; confirm: unknown };

export type ResetPasswordResult =
  | { ok: true; email: string }
  | { ok: false; error: "invalid_link" }
  | { ok: false; error: "invalid"; fieldErrors: NewPasswordErrors };

export async function resetPassword(input: ResetPasswordInput, now = new Date()): Promise<ResetPasswordResult> {
  const reset = await findOpenPasswordReset(input.token, now);
  if (!reset) return { ok: false, error: "invalid_link" };
  const { user } = reset;
  const checked = checkNewPassword(input, { email: user.email });
  if (!checked.ok) return { ok: false, error: "invalid", fieldErrors: checked.fieldErrors };
  const passwordHash = await hashPassword(checked.password);

  const done = await db.$transaction(async (tx) => {
    if (!(await claimEmailLink(tx, reset.linkId, now))) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeSessions(tx, user.id, { now });
    await writeAudit(tx, actorFor(user), {
      action: "auth.password_reset",
      entityType: "user",
      entityId: user.id,
      memberId: user.memberId,
      after: { sessionsRevoked: true },
    });
    return true;
  });
  return done ? { ok: true, email: user.email } : { ok: false, error: "invalid_link" };
}
