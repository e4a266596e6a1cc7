import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "./actor";
import { AuthorizationError } from "./authorization-error";
import type { SessionUser } from "./session-user";

export type RefusedAttempt = {
  /** The action that was refused, e.g. "progress_update.publish". */
  attempted: string;
  entityType: string;
  entityId: string;
  memberId?: string | null;
  reason: string;
};

/**
 * Writes an "authorization.refused" audit row, in its own transaction (the refused change wrote nothing), and
 * returns the error to throw. Only signed-in actors are recorded: anonymous requests can be sent by anyone in any
 * number, and would turn the audit log into a log of the internet's noise.
 */
export async function recordRefusal(actor: SessionUser, attempt: RefusedAttempt): Promise<AuthorizationError> {
  await db.$transaction(async (tx) => {
    await writeAudit(tx, actorFor(actor), {
      action: "authorization.refused",
      entityType: attempt.entityType,
      // The id comes from the request (an address, a form): only what PostgreSQL can store, and not a megabyte.
      entityId: storableId(attempt.entityId),
      memberId: attempt.memberId ?? null,
      after: { attempted: attempt.attempted, reason: attempt.reason, role: actor.role, actorMemberId: actor.memberId },
    });
  });
  return new AuthorizationError("forbidden");
}

function storableId(id: string): string {
  return id.slice(0, 200).toWellFormed().replaceAll("\u0000", "\uFFFD");
}
