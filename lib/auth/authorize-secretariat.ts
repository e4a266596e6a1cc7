import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isSecretariat } from "@/lib/auth/policy";
import { recordRefusal, type RefusedAttempt } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * The first line of every secretariat write, and of the reporting reads and downloads (cockpit, cycles, reports,
 * exports). Decides on the user's row as it is now (deactivated a moment ago? no longer secretariat?), records a
 * refusal in the audit log, and returns the audit actor to write with.
 */
export async function authorizeSecretariat(
  actor: SessionUser | null,
  attempt: Omit<RefusedAttempt, "reason">,
): Promise<Actor & { id: string }> {
  if (!actor) throw new AuthorizationError("unauthenticated");
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, role: true, memberId: true, active: true },
  });
  if (!user) throw new AuthorizationError("unauthenticated");
  if (!user.active || !isSecretariat(user)) {
    throw await recordRefusal(actor, { ...attempt, reason: user.active ? "not_secretariat" : "inactive_user" });
  }
  return { ...actorFor(user), id: user.id };
}
