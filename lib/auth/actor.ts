// Who an audit row says did something. The label survives the user's deletion (actor_id is set null then).
import type { Actor } from "@/lib/audit";

export const ANONYMOUS_ACTOR: Actor = { id: null, label: "anonymous" };

export function actorFor(user: { id: string; email: string } | null): Actor {
  return user ? { id: user.id, label: `user:${user.email}` } : ANONYMOUS_ACTOR;
}
