// The secretariat moves a focal point to another member (a reorganisation, a merged delegation). From their next
// request they see and touch only the new member's data: getSessionUser() loads the member from the database.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { reassignSchema } from "@/lib/validation/focal-point";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { invalid, NOT_FOUND, type MutationResult } from "./mutation-result";

const ACTION = "user.reassign";

export async function reassignFocalPoint(
  actor: SessionUser | null,
  input: { userId: unknown; memberId: unknown },
): Promise<MutationResult> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: ACTION,
    entityType: "user",
    entityId: typeof input.userId === "string" ? input.userId.slice(0, 64) : "unknown",
  });
  const parsed = reassignSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.some((issue) => issue.path[0] === "userId")
      ? NOT_FOUND
      : invalid(fieldErrorsFrom(parsed.error));
  }
  const { userId, memberId } = parsed.data;
  const [user, member] = await Promise.all([
    db.user.findFirst({
      where: { id: userId, role: "FOCAL_POINT" },
      select: { id: true, email: true, memberId: true },
    }),
    db.member.findUnique({ where: { id: memberId }, select: { id: true, slug: true } }),
  ]);
  if (!user) return NOT_FOUND;
  if (!member) return invalid({ memberId: ["memberId.required"] });
  if (user.memberId === memberId) return { ok: true };

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { memberId } });
    await writeAudit(tx, secretariat, {
      action: ACTION,
      entityType: "user",
      entityId: userId,
      // Filed under the member they joined; `before` names the one they left.
      memberId,
      before: { email: user.email, memberId: user.memberId },
      after: { email: user.email, memberId },
    });
  });
  return { ok: true };
}
