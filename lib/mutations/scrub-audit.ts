// Redaction deletes the words (decision 0023), including the copies earlier audit rows of the same record kept.
import "server-only";
import type { Tx } from "@/lib/db";
import { scrubRemovedText, type Json } from "@/lib/domain/scrub-removed-text";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Empties the removed words wherever earlier audit rows of this entity kept them. */
export async function scrubAudit(tx: Tx, entityType: string, entityId: string, removed: string[]) {
  const rows = await tx.auditLog.findMany({
    where: { entityType, entityId },
    select: { id: true, before: true, after: true },
  });
  for (const row of rows) {
    const before = row.before === null ? null : scrubRemovedText(row.before as Json, removed);
    const after = row.after === null ? null : scrubRemovedText(row.after as Json, removed);
    if (JSON.stringify(before) === JSON.stringify(row.before) && JSON.stringify(after) === JSON.stringify(row.after)) {
      continue;
    }
    await tx.auditLog.update({
      where: { id: row.id },
      data: {
        before: (before ?? undefined) as Prisma.InputJsonValue,
        after: (after ?? undefined) as Prisma.InputJsonValue,
      },
    });
  }
}
