// The confirmation of a previewed import: the uploader (still secretariat) applies their own batch, once. Inside one
// transaction the rows are planned again against the register, with the named records locked; a plan that differs
// from the previewed one (someone changed the register meanwhile) is refused and nothing is written. Otherwise every
// row is written with its audit row, plus one audit row for the batch, or nothing is. While it runs, the batch's
// `progress` is updated outside the transaction, for the progress bar.
import "server-only";
import { writeAudit } from "@/lib/audit";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { isUuid } from "@/lib/validation/uuid";
import { IMPORT_KINDS } from "./import-kinds";
import { planHash } from "./plan-hash";
import { countPlan } from "./planned-row";
import type { RawTable } from "./raw-table";
import { ChangedSincePreview } from "./write-commitments";

export type ConfirmOutcome =
  | { ok: true; created: number; changed: number }
  | { ok: false; reason: "notFound" | "alreadyApplied" | "hasErrors" | "nothingToDo" | "changedSincePreview" };

/** A 10,000-row import takes seconds; the default five-second limit of an interactive transaction is too short. */
const TRANSACTION = { maxWait: 10_000, timeout: 300_000 };

export async function confirmImport(
  actor: SessionUser | null,
  batchId: string,
  sha256: string,
): Promise<ConfirmOutcome> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: "import.confirm",
    entityType: "import_batch",
    entityId: isUuid(batchId) ? batchId : "invalid",
  });
  if (!isUuid(batchId)) return { ok: false, reason: "notFound" };
  const batch = await db.importBatch.findFirst({
    where: { id: batchId, userId: secretariat.id, sha256 },
    select: {
      id: true,
      kind: true,
      state: true,
      rows: true,
      planHash: true,
      plan: true,
      fileName: true,
      rowCount: true,
    },
  });
  if (!batch) return { ok: false, reason: "notFound" };
  if (batch.state !== "PREVIEWED") return { ok: false, reason: "alreadyApplied" };
  const counts = countPlan(batch.plan as never);
  if (counts.error > 0) return { ok: false, reason: "hasErrors" };
  // Re-importing a file already in the register writes nothing at all, not even the batch's audit row.
  if (counts.create + counts.change === 0) return { ok: false, reason: "nothingToDo" };
  // Claimed before the transaction, so a second confirmation of the same batch finds it taken.
  const claimed = await db.importBatch.updateMany({
    where: { id: batch.id, state: "PREVIEWED" },
    data: { state: "APPLYING", progress: 0 },
  });
  if (claimed.count === 0) return { ok: false, reason: "alreadyApplied" };

  const progress = async (done: number) => {
    await db.importBatch.update({ where: { id: batch.id }, data: { progress: done } });
  };
  try {
    const result = await db.$transaction(async (tx) => {
      const planned = await IMPORT_KINDS[batch.kind].plan(tx, batch.rows as unknown as RawTable, { lock: true });
      if (planHash(planned.plan) !== batch.planHash) throw new ChangedSincePreview();
      const written = await planned.write(tx, secretariat, progress);
      await writeAudit(tx, secretariat, {
        action: "import.apply",
        entityType: "import_batch",
        entityId: batch.id,
        after: { kind: batch.kind, sha256, fileName: batch.fileName, rows: batch.rowCount, ...written },
      });
      await tx.importBatch.update({ where: { id: batch.id }, data: { state: "APPLIED", appliedAt: new Date() } });
      return written;
    }, TRANSACTION);
    if (result.created + result.changed > 0) revalidatePublicData();
    return { ok: true, ...result };
  } catch (error) {
    await db.importBatch.update({ where: { id: batch.id }, data: { state: "PREVIEWED", progress: 0 } });
    if (error instanceof ChangedSincePreview) return { ok: false, reason: "changedSincePreview" };
    throw error;
  }
}
