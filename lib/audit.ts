// Every change writes one audit row in the same transaction as the change itself.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type Actor = { id: string | null; label: string };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  memberId?: string | null;
  before?: unknown;
  after?: unknown;
};

export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      memberId: entry.memberId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates, Decimals and BigInts become strings; the log stores what a reader would see.
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

/** Many audit rows in one statement (an import audits each record it writes): the same rows writeAudit would add. */
export async function writeAudits(tx: Tx, actor: Actor, entries: readonly AuditEntry[]) {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      memberId: entry.memberId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })),
  });
}
