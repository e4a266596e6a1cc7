import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Ends every session of a user at their next request, on every device and app server, and voids every emailed link
 * (invitation, password reset) they have not used yet, which would otherwise let them straight back in. Call it
 * inside the transaction of the change that requires it: deactivation, password change or reset, "sign out
 * everywhere"; that change writes the audit row.
 *
 * Moving users.session_version on is what refuses the sessions (lib/auth/load-session-user.ts compares it); the
 * session rows are also marked revoked so that the table tells the truth. `keepSessionId` spares the session that
 * made the change (a password change keeps the person signed in on the device they changed it on: the caller
 * re-issues that session's cookie with the new version).
 *
 * Returns the new session version.
 */
export async function revokeSessions(
  tx: Tx,
  userId: string,
  { keepSessionId, now = new Date() }: { keepSessionId?: string; now?: Date } = {},
): Promise<number> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: now },
  });
  await tx.authToken.deleteMany({ where: { userId, usedAt: null } });
  return sessionVersion;
}
