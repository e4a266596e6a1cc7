import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { diffJson } from "@/lib/domain/json-diff";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { auditLogWhere, type AuditLogCursor, type AuditLogFilters } from "./audit-log-filters";

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit log, newest first, keyset-paginated on id (stable while new rows arrive, and as fast on
 * page 1,000 as on page 1). Each entry carries its before/after difference, readable line by line.
 */
export async function listAuditLog(user: SessionUser | null, filters: AuditLogFilters & AuditLogCursor) {
  await authorizeSecretariat(user, consoleRead("audit_log"));
  const where = auditLogWhere(filters);
  const rows = filters.after
    ? (
        await db.auditLog.findMany({
          where: { ...where, id: { gt: filters.after } },
          orderBy: { id: "asc" },
          take: AUDIT_PAGE_SIZE,
        })
      ).reverse()
    : await db.auditLog.findMany({
        where: { ...where, id: filters.before ? { lt: filters.before } : undefined },
        orderBy: { id: "desc" },
        take: AUDIT_PAGE_SIZE,
      });
  const newest = rows[0]?.id;
  const oldest = rows.at(-1)?.id;
  const [newer, older, members] = await Promise.all([
    newest ? db.auditLog.findFirst({ where: { ...where, id: { gt: newest } }, select: { id: true } }) : null,
    oldest ? db.auditLog.findFirst({ where: { ...where, id: { lt: oldest } }, select: { id: true } }) : null,
    db.member.findMany({
      where: { id: { in: [...new Set(rows.flatMap((row) => (row.memberId ? [row.memberId] : [])))] } },
      select: { id: true, name: true },
    }),
  ]);
  const memberName = new Map(members.map((member) => [member.id, member.name]));
  return {
    entries: rows.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      actorLabel: row.actorLabel,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      member: row.memberId ? { id: row.memberId, name: memberName.get(row.memberId) ?? null } : null,
      changes: diffJson(row.before, row.after),
    })),
    newerCursor: newer && newest ? newest.toString() : null,
    olderCursor: older && oldest ? oldest.toString() : null,
  };
}

/** The actions and entity types that occur in the log, and the members, to filter by. */
export async function listAuditLogChoices(user: SessionUser | null) {
  await authorizeSecretariat(user, consoleRead("audit_log_choices"));
  const [actions, entityTypes, members] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.member.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType), members };
}
