// The signed-in user as the rest of the app sees it: loaded from the database on every request, never taken from
// the session token alone, so a deactivation or a role change takes effect on the next request.
import type { Role } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set for focal points only (a database check enforces it). */
  memberId: string | null;
  member: { id: string; slug: string; name: string } | null;
};

/** What the session token carries. Nothing else in it is trusted. */
export type SessionClaims = {
  userId: string;
  /** Compared with users.session_version on every request; bumping the column revokes every session of the user. */
  sessionVersion: number;
  /** Unix seconds of the password check; caps the session at SESSION_MAX_AGE_SECONDS however often it is renewed. */
  signedInAt: number;
  /** The id of this session's row in user_sessions: signing out revokes that row. */
  sid: string;
};

/** 12 hours: a working day, after which a focal point signs in again. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
