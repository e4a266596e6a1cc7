import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { isSecretariat } from "@/lib/auth/policy";
import { recordRefusal, type RefusedAttempt } from "@/lib/auth/record-refusal";
import type { SessionUser } from "@/lib/auth/session-user";

type Attempt = Omit<RefusedAttempt, "reason">;

/**
 * The one secretariat check: the first line of every secretariat read and write (lib/data/secretariat,
 * lib/data/invitations, lib/mutations) and of the downloads. Each read and write checks the user itself, so no
 * page, layout or route in front of it is the boundary. Decides on the user's row as it is now (deactivated a
 * moment ago? no longer secretariat?); throws AuthorizationError, after recording a signed-in user's refusal in the
 * audit log (lib/auth/record-refusal.ts), so every refusal is recorded alike; returns the audit actor to write with.
 */
export async function authorizeSecretariat(
  actor: SessionUser | null,
  attempt: Attempt,
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

/** What a refused read of the secretariat console records: the part of the console it tried to read. */
export function consoleRead(part: string): Attempt {
  return { attempted: `secretariat.read.${part}`, entityType: "secretariat_console", entityId: part };
}
