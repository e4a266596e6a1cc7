// Where authorization starts, on every request: who is signed in, as loaded from the database just now.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth/next";
import { loadSessionUser } from "./load-session-user";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

export type CurrentSession = { user: SessionUser; sessionId: string; signedInAt: number };

/** The signed-in user with the id of their session row, or null. Cached for the duration of one request. */
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  const user = await loadSessionUser(session);
  if (!user || !session.sid || session.signedInAt === undefined) return null;
  return { user, sessionId: session.sid, signedInAt: session.signedInAt };
});

/** The signed-in user, or null. Cached for the duration of one request (React `cache`), so call it freely. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => (await getCurrentSession())?.user ?? null);
