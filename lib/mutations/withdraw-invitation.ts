// The secretariat withdraws an invitation nobody has accepted yet (sent to the wrong address, or the person left):
// the invited account, which never had a password, is deleted with its links, so the emailed link stops working at
// once. The audit row keeps who was invited, for which member, and by whom it was withdrawn. Someone who has already
// chosen a password is a focal point: they are deactivated on the register instead.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { NOT_FOUND, WRONG_STATE, type MutationResult } from "./mutation-result";

const ACTION = "focal_point.invitation_withdrawn";

export async function withdrawInvitation(
  actor: SessionUser | null,
  input: { userId: unknown },
): Promise<MutationResult<{ email: string }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "user",
    entityId: typeof input.userId === "string" ? input.userId.slice(0, 64) : "unknown",
  });
  if (!isUuid(input.userId)) return NOT_FOUND;
  const userId = input.userId;

  return db.$transaction(async (tx) => {
    const invitee = await tx.user.findFirst({
      where: { id: userId, role: "FOCAL_POINT" },
      select: { email: true, name: true, memberId: true, passwordHash: true },
    });
    if (!invitee) return NOT_FOUND;
    if (invitee.passwordHash !== null) return WRONG_STATE;
    // Conditional on "still no password": an acceptance committing first (it sets one) makes this delete nothing.
    const { count } = await tx.user.deleteMany({ where: { id: userId, role: "FOCAL_POINT", passwordHash: null } });
    if (count === 0) return WRONG_STATE;
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "user",
      entityId: userId,
      memberId: invitee.memberId,
      before: { email: invitee.email, name: invitee.name, memberId: invitee.memberId },
    });
    return { ok: true as const, email: invitee.email };
  });
}
