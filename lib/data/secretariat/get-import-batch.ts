// An import batch for its preview page and its progress bar: only the secretariat user who uploaded it sees it.
import "server-only";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { PlannedRow } from "@/lib/imports/planned-row";
import { isUuid } from "@/lib/validation/uuid";

export async function getImportBatch(user: SessionUser | null, batchId: string) {
  const reader = await authorizeSecretariat(user, consoleRead("import"));
  if (!isUuid(batchId)) return null;
  const batch = await db.importBatch.findFirst({
    where: { id: batchId, userId: reader.id },
    select: {
      id: true,
      kind: true,
      sha256: true,
      fileName: true,
      rowCount: true,
      state: true,
      plan: true,
      createdAt: true,
      appliedAt: true,
    },
  });
  return batch && { ...batch, plan: batch.plan as unknown as PlannedRow[] };
}

export async function getImportProgress(user: SessionUser | null, batchId: string) {
  const reader = await authorizeSecretariat(user, consoleRead("import"));
  if (!isUuid(batchId)) return null;
  return db.importBatch.findFirst({
    where: { id: batchId, userId: reader.id },
    select: { state: true, progress: true, rowCount: true },
  });
}
