import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/validation/uuid";
import { SESSION_MAX_AGE_SECONDS, type SessionClaims, type SessionUser } from "./session-user";

/**
 * Turns the claims of a valid session token into the user, or null when the session must no longer count: its row
 * in user_sessions is missing, revoked (sign-out) or expired; the user is gone or deactivated; their
 * session_version moved on (password change or reset, deactivation); or the sign-in is older than
 * SESSION_MAX_AGE_SECONDS. One query, on every request that asks who is signed in.
 */
export async function loadSessionUser(claims: Partial<SessionClaims>, now = Date.now()): Promise<SessionUser | null> {
  const { userId, sessionVersion, signedInAt, sid } = claims;
  if (typeof userId !== "string" || typeof sessionVersion !== "number" || typeof signedInAt !== "number") return null;
  if (!isUuid(sid)) return null;
  if (now / 1000 - signedInAt > SESSION_MAX_AGE_SECONDS) return null;
  const session = await db.userSession.findUnique({
    where: { id: sid },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          memberId: true,
          active: true,
          sessionVersion: true,
          member: { select: { id: true, slug: true, name: true } },
        },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now || session.userId !== userId) return null;
  const { active, sessionVersion: currentVersion, ...user } = session.user;
  if (!active || currentVersion !== sessionVersion) return null;
  return user;
}
