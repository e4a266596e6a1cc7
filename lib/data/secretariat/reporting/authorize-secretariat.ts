import "server-only";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { canUseSecretariatTools } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * The reporting tools' reads and writes start here: the secretariat passes, anyone else gets an AuthorizationError.
 * A signed-in focal point's attempt is recorded in the audit log first (lib/auth/record-refusal.ts); an anonymous
 * one is not (see there why).
 */
export async function authorizeSecretariat(
  user: SessionUser | null,
  attempted: string,
  entity: { type: string; id: string } = { type: "reporting", id: attempted },
): Promise<SessionUser> {
  if (!user) throw new AuthorizationError("unauthenticated");
  if (!canUseSecretariatTools(user)) {
    throw await recordRefusal(user, {
      attempted,
      entityType: entity.type,
      entityId: entity.id,
      reason: "secretariat_only",
    });
  }
  return user;
}
