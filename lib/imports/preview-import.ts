// An uploaded file becomes a preview: authorize, read the table (or refuse the file as a whole: FileProblem), plan
// every row against the register, and keep the batch (the read rows, the plan and its hash, keyed by the file's
// SHA-256 and the uploader) for the preview page and the confirmation. Nothing in the register is written.
import "server-only";
import { createHash } from "node:crypto";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { IMPORT_KINDS } from "./import-kinds";
import { planHash } from "./plan-hash";
import { readTable } from "./read-table";

export async function previewImport(
  actor: SessionUser | null,
  kind: ImportKind,
  file: { name: string; bytes: Uint8Array },
): Promise<{ batchId: string }> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: "import.preview",
    entityType: "import_batch",
    entityId: kind,
  });
  const table = await readTable(file.bytes, IMPORT_KINDS[kind].sheet);
  const { plan } = await IMPORT_KINDS[kind].plan(db, table, { lock: false });
  const batch = await db.importBatch.create({
    data: {
      kind,
      userId: secretariat.id,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
      fileName: file.name.slice(0, 200),
      rowCount: table.rows.length,
      rows: table,
      plan: plan,
      planHash: planHash(plan),
    },
    select: { id: true },
  });
  return { batchId: batch.id };
}
