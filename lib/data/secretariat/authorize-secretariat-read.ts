import "server-only";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { canUseSecretariatTools } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * The first line of every secretariat read: each read checks the user itself, so no page, layout or route in front
 * of it is the boundary. Throws AuthorizationError for nobody signed in, and records a refused focal point (the
 * audit log shows who tried to read what) before throwing.
 */
export async function authorizeSecretariatRead(user: SessionUser | null, what: string): Promise<SessionUser> {
  if (!user) throw new AuthorizationError("unauthenticated");
  if (!canUseSecretariatTools(user)) {
    throw await recordRefusal(user, {
      attempted: `secretariat.read.${what}`,
      entityType: "secretariat_console",
      entityId: what,
      reason: "not_secretariat",
    });
  }
  return user;
}
