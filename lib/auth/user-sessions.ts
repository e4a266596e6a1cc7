// Rows of user_sessions: one per signed-in browser. The session cookie carries the row's id ("sid"); the row is what
// makes a single session revocable (sign-out) and caps its life, whatever the cookie says.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUuid } from "@/lib/validation/uuid";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";

export type StartedSession = { id: string; expiresAt: Date; signedInAt: number };

const USER_AGENT_MAX = 512;

export async function createUserSession(
  { userId, ip, userAgent, now = new Date() }: { userId: string; ip: string; userAgent?: string | null; now?: Date },
  client: Tx = db,
): Promise<StartedSession> {
  const row = await client.userSession.create({
    data: {
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      ip,
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
    },
    select: { id: true, expiresAt: true },
  });
  return { ...row, signedInAt: Math.floor(now.getTime() / 1000) };
}

/** Ends one session (sign-out). Returns the user whose session it was, or null if it was already over. */
export async function revokeUserSession(sessionId: string, now = new Date()): Promise<string | null> {
  if (!isUuid(sessionId)) return null;
  const row = await db.userSession.findUnique({ where: { id: sessionId }, select: { userId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1 ? row.userId : null;
}
