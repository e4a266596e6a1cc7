// Where authorization starts, on every request: who is signed in, as loaded from the database just now.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth/next";
import { loadSessionUser } from "./load-session-user";
import { authOptions } from "./options";
import type { SessionUser } from "./session-user";

export type { SessionUser } from "./session-user";

/** The signed-in user, or null. Cached for the duration of one request (React `cache`), so call it freely. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return loadSessionUser(session);
});
