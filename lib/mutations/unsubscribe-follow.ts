// Stop following: from the link in every email (a page with a button) or the mail client's one-click unsubscribe
// (RFC 8058, a POST to /api/unsubscribe/<token>). The address is erased at once: an unsubscribed follow keeps none.
// Unsubscribing again is not an error (a mail client may retry).
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { ANONYMOUS_ACTOR } from "@/lib/auth/actor";
import { followIdOfUnsubscribeToken } from "@/lib/follows/follow-secrets";

export type UnsubscribeResult = { ok: true } | { ok: false; error: "invalid_link" };

export async function unsubscribeFollow(token: unknown, now = new Date()): Promise<UnsubscribeResult> {
  const id = followIdOfUnsubscribeToken(token);
  if (!id) return { ok: false, error: "invalid_link" };
  return db.$transaction(async (tx) => {
    const exists = await tx.follow.findUnique({ where: { id }, select: { id: true } });
    if (!exists) return { ok: false, error: "invalid_link" } as const;
    const changed = await tx.follow.updateMany({
      where: { id, state: { not: "UNSUBSCRIBED" } },
      data: { state: "UNSUBSCRIBED", email: null, confirmTokenHash: null, confirmExpiresAt: null, unsubscribedAt: now },
    });
    if (changed.count > 0) {
      await writeAudit(tx, ANONYMOUS_ACTOR, { action: "follow.unsubscribed", entityType: "follow", entityId: id });
    }
    return { ok: true } as const;
  });
}
