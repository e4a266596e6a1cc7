// The secretariat deactivates focal points (one, or several ticked in the list). Their sessions end at once, on
// every device and app server: revokeSessions moves users.session_version on in the same transaction, and
// getSessionUser() refuses an inactive user anyway. Only focal points can be deactivated here.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import type { SessionUser } from "@/lib/auth/session-user";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { focalPointIdsSchema } from "@/lib/validation/focal-point";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { invalid, type MutationResult } from "./mutation-result";

const ACTION = "user.deactivate";

export async function deactivateFocalPoints(
  actor: SessionUser | null,
  input: { userIds: unknown },
): Promise<MutationResult<{ deactivated: number }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "user",
    entityId: idsLabel(input.userIds),
  });
  const parsed = focalPointIdsSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));

  const deactivated = await db.$transaction(async (tx) => {
    // Already inactive ones are left alone: deactivating twice changes nothing and writes no audit row.
    const users = await tx.user.findMany({
      where: { id: { in: parsed.data.userIds }, role: "FOCAL_POINT", active: true },
      select: { id: true, email: true, memberId: true },
    });
    for (const user of users) {
      await tx.user.update({ where: { id: user.id }, data: { active: false } });
      await revokeSessions(tx, user.id);
      await writeAudit(tx, secretariat, {
        action: ACTION,
        entityType: "user",
        entityId: user.id,
        memberId: user.memberId,
        before: { email: user.email, active: true },
        after: { email: user.email, active: false, sessionsRevoked: true },
      });
    }
    return users.length;
  });
  return { ok: true, deactivated };
}

function idsLabel(ids: unknown): string {
  return Array.isArray(ids) && ids.length === 1 && typeof ids[0] === "string" ? ids[0].slice(0, 64) : "bulk";
}
