// A signed-in user changes their password: the current one first (a session left open on a shared computer must not
// be enough to take the account over), counted against the same lock as sign-in; then the new one, under the policy.
// Every OTHER session of the user ends; the one making the change stays, and its cookie is re-issued with the new
// session version by the caller (lib/actions/change-password.ts).
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import type { SessionUser } from "@/lib/auth/session-user";
import { accountLockAfterFailure, markAttemptSucceeded, recordSignInAttempt } from "@/lib/auth/sign-in-limits";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { checkNewPassword } from "@/lib/validation/new-password";

export type ChangePasswordInput = { current: unknown; password: unknown; confirm: unknown };

export type ChangePasswordResult =
  | { ok: true; sessionVersion: number; session: { id: string; expiresAt: Date } }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors<"current" | "password" | "confirm"> }
  | { ok: false; error: "locked"; minutes: number };

export async function changePassword(
  actor: SessionUser,
  input: ChangePasswordInput,
  { sessionId, ip, now = new Date() }: { sessionId: string; ip: string; now?: Date },
): Promise<ChangePasswordResult> {
  const current = typeof input.current === "string" ? input.current : "";
  if (current.length === 0) return { ok: false, error: "invalid", fieldErrors: { current: ["required"] } };
  const checked = checkNewPassword(input, { email: actor.email });
  if (!checked.ok) return { ok: false, error: "invalid", fieldErrors: checked.fieldErrors };
  if (checked.password === current) {
    return { ok: false, error: "invalid", fieldErrors: { password: ["same_as_current"] } };
  }

  const attempt = await recordSignInAttempt(actor.email, ip, now);
  if (attempt.lock) return { ok: false, error: "locked", minutes: attempt.lock.minutes };
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    if (attempt.lastAllowed) {
      return { ok: false, error: "locked", minutes: (await accountLockAfterFailure(actor.email, now)).minutes };
    }
    return { ok: false, error: "invalid", fieldErrors: { current: ["wrong"] } };
  }
  await markAttemptSucceeded(attempt.id);
  const passwordHash = await hashPassword(checked.password);

  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    const sessionVersion = await revokeSessions(tx, actor.id, { keepSessionId: sessionId, now });
    const session = await tx.userSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { id: true, expiresAt: true },
    });
    await writeAudit(tx, actorFor(actor), {
      action: "auth.password_changed",
      entityType: "user",
      entityId: actor.id,
      memberId: actor.memberId,
      after: { otherSessionsRevoked: true },
    });
    return { ok: true as const, sessionVersion, session };
  });
}
