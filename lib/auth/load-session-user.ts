import "server-only";
import { db } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS, type SessionClaims, type SessionUser } from "./session-user";

/**
 * Turns the claims of a valid session token into the user, or null when the session must no longer count: the
 * user is gone or deactivated, their session_version moved on (password change, deactivation, "sign out
 * everywhere"), or the sign-in is older than SESSION_MAX_AGE_SECONDS.
 */
export async function loadSessionUser(claims: Partial<SessionClaims>, now = Date.now()): Promise<SessionUser | null> {
  const { userId, sessionVersion, signedInAt } = claims;
  if (typeof userId !== "string" || typeof sessionVersion !== "number" || typeof signedInAt !== "number") return null;
  if (now / 1000 - signedInAt > SESSION_MAX_AGE_SECONDS) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
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
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, memberId: user.memberId, member: user.member };
}
