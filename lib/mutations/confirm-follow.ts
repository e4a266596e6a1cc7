// The owner of the address opened the confirmation link and pressed "Confirm": from now on they are sent what is
// published about what they follow (events already published are not sent: deliveredThrough starts now).
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { ANONYMOUS_ACTOR } from "@/lib/auth/actor";
import { hashToken, isWellFormedToken } from "@/lib/auth/email-link-token";

export type ConfirmFollowResult = { ok: true; followId: string } | { ok: false; error: "invalid_link" };

export async function confirmFollow(token: unknown, now = new Date()): Promise<ConfirmFollowResult> {
  if (!isWellFormedToken(token)) return { ok: false, error: "invalid_link" };
  const confirmTokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const row = await tx.follow.findUnique({ where: { confirmTokenHash }, select: { id: true, frequency: true } });
    // Claimed by its token and state together: a double click confirms once.
    const claimed = await tx.follow.updateMany({
      where: { confirmTokenHash, state: "PENDING", confirmExpiresAt: { gt: now } },
      data: {
        state: "CONFIRMED",
        confirmTokenHash: null,
        confirmExpiresAt: null,
        confirmedAt: now,
        deliveredThrough: now,
      },
    });
    if (!row || claimed.count === 0) return { ok: false, error: "invalid_link" } as const;
    await writeAudit(tx, ANONYMOUS_ACTOR, {
      action: "follow.confirmed",
      entityType: "follow",
      entityId: row.id,
      after: { frequency: row.frequency },
    });
    return { ok: true, followId: row.id } as const;
  });
}
