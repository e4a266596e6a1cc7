import type { Prisma } from "@/lib/generated/prisma/client";
import { dayParam, idParam, textParam, uuidParam, type SearchParams } from "@/lib/validation/console-params";

export type AuditLogFilters = {
  /** Part of the actor's label ("user:ana@…", "system:seed", "anonymous"). */
  actor?: string;
  memberId?: string;
  entityType?: string;
  action?: string;
  /** Calendar days (UTC), inclusive. */
  from?: string;
  to?: string;
};

/** Page position in the log (keyset on id): entries older than `before`, or newer than `after`. */
export type AuditLogCursor = { before?: bigint; after?: bigint };

export const AUDIT_FILTER_PARAMS = ["actor", "member", "entity", "action", "from", "to"] as const;

export function auditLogFiltersFrom(params: SearchParams): AuditLogFilters & AuditLogCursor {
  return {
    actor: textParam(params, "actor", 200),
    memberId: uuidParam(params, "member"),
    entityType: textParam(params, "entity", 60),
    action: textParam(params, "action", 80),
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
    before: idParam(params, "before"),
    after: idParam(params, "after"),
  };
}

export function auditLogWhere(filters: AuditLogFilters): Prisma.AuditLogWhereInput {
  const to = filters.to ? new Date(`${filters.to}T00:00:00Z`) : undefined;
  return {
    actorLabel: filters.actor ? { contains: filters.actor, mode: "insensitive" } : undefined,
    memberId: filters.memberId,
    entityType: filters.entityType,
    action: filters.action,
    createdAt:
      filters.from || to
        ? {
            gte: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
            lt: to ? new Date(to.getTime() + 86_400_000) : undefined,
          }
        : undefined,
  };
}
