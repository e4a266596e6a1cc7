import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { auditLogWhere, type AuditLogFilters } from "./audit-log-filters";

const BATCH_SIZE = 1000;

export type AuditLogRow = {
  id: bigint;
  createdAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  memberId: string | null;
  memberName: string | null;
  before: unknown;
  after: unknown;
};

/**
 * The whole (filtered) audit log, newest first, in batches read by keyset on id: memory stays bounded however long
 * the log is. Authorizes before returning, so a refused caller gets no stream at all.
 */
export async function auditLogBatches(
  user: SessionUser | null,
  filters: AuditLogFilters,
): Promise<AsyncGenerator<AuditLogRow[], void>> {
  await authorizeSecretariat(user, consoleRead("audit_log_export"));
  const where = auditLogWhere(filters);
  return (async function* () {
    let before: bigint | undefined;
    for (;;) {
      const rows = await db.auditLog.findMany({
        where: { ...where, id: before ? { lt: before } : undefined },
        orderBy: { id: "desc" },
        take: BATCH_SIZE,
      });
      if (rows.length === 0) return;
      const members = await db.member.findMany({
        where: { id: { in: [...new Set(rows.flatMap((row) => (row.memberId ? [row.memberId] : [])))] } },
        select: { id: true, name: true },
      });
      const memberName = new Map(members.map((member) => [member.id, member.name]));
      yield rows.map((row) => ({ ...row, memberName: row.memberId ? (memberName.get(row.memberId) ?? null) : null }));
      if (rows.length < BATCH_SIZE) return;
      before = rows.at(-1)!.id;
    }
  })();
}
