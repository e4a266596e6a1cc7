// The secretariat lets a deactivated focal point sign in again (with their existing password, if they set one).
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "user.reactivate";

export async function reactivateFocalPoint(
  actor: SessionUser | null,
  input: { userId: unknown },
): Promise<MutationResult> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "user",
    entityId: typeof input.userId === "string" ? input.userId.slice(0, 64) : "unknown",
  });
  if (!isUuid(input.userId)) return NOT_FOUND;
  const userId = input.userId;
  const user = await db.user.findFirst({
    where: { id: userId, role: "FOCAL_POINT" },
    select: { id: true, email: true, memberId: true, active: true },
  });
  if (!user) return NOT_FOUND;
  if (user.active) return WRONG_STATE;

  const reactivated = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, active: false }, data: { active: true } });
    if (count === 0) return false;
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "user",
      entityId: userId,
      memberId: user.memberId,
      before: { email: user.email, active: false },
      after: { email: user.email, active: true },
    });
    return true;
  });
  return reactivated ? { ok: true } : WRONG_STATE;
}
