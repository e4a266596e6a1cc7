// The audit log as CSV: one row per audit entry, the before/after JSON as written, and a readable summary of the
// changes. Every text cell is formula-neutralised (lib/open-data/neutralise-formula.ts): actor labels, entity ids and
// the JSON all carry text typed by people outside the secretariat.
import type { AuditLogRow } from "@/lib/data/secretariat/audit-log-batches";
import { diffJson, formatJsonValue } from "@/lib/domain/json-diff";
import { csvText } from "@/lib/open-data/csv";

export const AUDIT_CSV_COLUMNS = [
  "id",
  "created_at",
  "actor",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "member_id",
  "member_name",
  "changes",
  "before_json",
  "after_json",
] as const;

export function auditCsvFilename(now: Date): string {
  return `wps-audit-log-${now.toISOString().slice(0, 10)}.csv`;
}

/** A batch of rows as CSV text; the first batch carries the byte-order mark and the header row. */
export function auditCsvChunk(rows: readonly AuditLogRow[], first: boolean): string {
  return csvText(rows.map(toRecord), { header: first, bom: first, columns: AUDIT_CSV_COLUMNS });
}

function toRecord(row: AuditLogRow): Record<(typeof AUDIT_CSV_COLUMNS)[number], string | null> {
  return {
    id: row.id.toString(),
    created_at: row.createdAt.toISOString(),
    actor: row.actorLabel,
    actor_id: row.actorId,
    action: row.action,
    entity_type: row.entityType,
    entity_id: row.entityId,
    member_id: row.memberId,
    member_name: row.memberName,
    changes: diffJson(row.before, row.after)
      .map((change) =>
        change.kind === "changed"
          ? `${change.path}: ${formatJsonValue(change.before)} → ${formatJsonValue(change.after)}`
          : `${change.path}: ${change.kind === "added" ? formatJsonValue(change.after) : `(removed) ${formatJsonValue(change.before)}`}`,
      )
      .join("\n"),
    before_json: row.before === null ? null : JSON.stringify(row.before),
    after_json: row.after === null ? null : JSON.stringify(row.after),
  };
}
