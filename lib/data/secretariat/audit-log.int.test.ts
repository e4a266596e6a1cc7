// The audit log viewer's reads and its CSV export (the route handler as Next calls it), against the real database.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { AUDIT_CSV_COLUMNS } from "@/lib/exports/audit-log-csv";
import { parseCsv, parseCsvRecords } from "@/lib/testing/parse-csv";
import { createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { GET as exportAuditLog } from "@/app/[locale]/secretariat/audit/export/route";
import { auditLogFiltersFrom } from "./audit-log-filters";
import { AUDIT_PAGE_SIZE, listAuditLog } from "./list-audit-log";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

let secretariat: SessionUser;
let focalPoint: SessionUser;
let member: { id: string; name: string };
/** Every entry this file writes has an actor label containing it, so filters can isolate them. */
const run = `auditrun${crypto.randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  member = await createMember(db);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const entry = (day: string, overrides: Record<string, unknown>) => ({
    actorLabel: `user:ana.${run}@example.org`,
    action: "member.update",
    entityType: "member",
    entityId: member.id,
    memberId: member.id,
    createdAt: new Date(`${day}T10:00:00Z`),
    ...overrides,
  });
  await db.auditLog.createMany({
    data: [
      entry("2026-01-10", { before: { name: "Old name" }, after: { name: '=HYPERLINK("http://evil.example")' } }),
      entry("2026-02-10", {
        action: "progress_update.publish",
        entityType: "progress_update",
        after: { update: { reviewState: "PUBLISHED" } },
      }),
      entry("2026-03-10", {
        actorLabel: `user:ben.${run}@example.org`,
        memberId: null,
        action: "theme.create",
        entityType: "theme",
        after: { name: "Localisation, again" },
      }),
      entry("2026-03-11", { action: "formula.test", entityId: "=1+2", after: { note: "-5" } }),
      ...Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) =>
        entry("2026-04-01", { action: "bulk.test", entityId: `bulk-${i}` }),
      ),
    ],
  });
});

const filters = (params: Record<string, string>) => auditLogFiltersFrom({ actor: run, ...params });

describe("listAuditLog", () => {
  it("filters by actor, member, entity type, action and date range, newest first, with a readable diff", async () => {
    const byAction = await listAuditLog(secretariat, filters({ action: "member.update" }));
    expect(byAction.entries).toHaveLength(1);
    expect(byAction.entries[0]).toMatchObject({
      action: "member.update",
      member: { id: member.id, name: member.name },
      changes: [{ path: "name", kind: "changed", before: "Old name", after: '=HYPERLINK("http://evil.example")' }],
    });
    expect((await listAuditLog(secretariat, filters({ entity: "theme" }))).entries.map((e) => e.action)).toEqual([
      "theme.create",
    ]);
    expect((await listAuditLog(secretariat, filters({ actor: `ben.${run}` }))).entries).toHaveLength(1);
    const inRange = await listAuditLog(secretariat, filters({ from: "2026-02-01", to: "2026-03-10" }));
    expect(inRange.entries.map((e) => e.action)).toEqual(["theme.create", "progress_update.publish"]);
    const ofMember = await listAuditLog(secretariat, filters({ member: member.id, to: "2026-03-10" }));
    expect(ofMember.entries.map((e) => e.action)).toEqual(["progress_update.publish", "member.update"]);
  });

  it("pages by keyset: older, then newer again, without overlap", async () => {
    const first = await listAuditLog(secretariat, filters({ action: "bulk.test" }));
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newerCursor).toBeNull();
    expect(first.olderCursor).not.toBeNull();
    const older = await listAuditLog(secretariat, filters({ action: "bulk.test", before: first.olderCursor! }));
    expect(older.entries).toHaveLength(5);
    expect(older.olderCursor).toBeNull();
    const ids = [...first.entries, ...older.entries].map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);
    const back = await listAuditLog(secretariat, filters({ action: "bulk.test", after: older.newerCursor! }));
    expect(back.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
  });

  it("refuses a focal point (recorded) and an anonymous caller", async () => {
    await expect(listAuditLog(focalPoint, filters({}))).rejects.toMatchObject({ reason: "forbidden" });
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
      actorId: focalPoint.id,
      entityId: "audit_log",
    });
    await expect(listAuditLog(null, filters({}))).rejects.toMatchObject({ reason: "unauthenticated" });
  });
});

describe("GET /secretariat/audit/export", () => {
  const request = (params: Record<string, string>) =>
    exportAuditLog(
      new Request(`http://localhost/secretariat/audit/export?${new URLSearchParams({ actor: run, ...params })}`),
    );

  it("streams the filtered log as CSV that reads back as the database's rows, with formulas neutralised", async () => {
    session.user = secretariat;
    const response = await request({});
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="wps-audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    expect(parseCsv(text)[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    const records = parseCsvRecords(text);
    const rows = await db.auditLog.findMany({ where: { actorLabel: { contains: run } }, orderBy: { id: "desc" } });
    expect(records).toHaveLength(rows.length);
    expect(records.map((r) => r.id)).toEqual(rows.map((r) => r.id.toString()));
    const renamed = records.find((r) => r.action === "member.update")!;
    const row = rows.find((r) => r.action === "member.update")!;
    expect(renamed).toMatchObject({
      created_at: row.createdAt.toISOString(),
      actor: row.actorLabel,
      entity_type: "member",
      entity_id: member.id,
      member_id: member.id,
      member_name: member.name,
      changes: `name: Old name → =HYPERLINK("http://evil.example")`,
    });
    expect(JSON.parse(renamed.after_json!)).toEqual(row.after);
    expect(JSON.parse(renamed.before_json!)).toEqual(row.before);
    // Text typed by people never reaches a spreadsheet as a formula: a leading = + - @ gets a quote in front.
    expect(records.find((r) => r.action === "formula.test")).toMatchObject({ entity_id: "'=1+2", changes: "note: -5" });
    expect(records.every((r) => Object.values(r).every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it("applies the viewer's filters", async () => {
    session.user = secretariat;
    const records = parseCsvRecords(await (await request({ entity: "theme" })).text());
    expect(records.map((r) => r.action)).toEqual(["theme.create"]);
  });

  it("refuses a focal point with 403 (recorded) and an anonymous caller with 401, both no-store", async () => {
    session.user = focalPoint;
    const forbidden = await request({});
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("cache-control")).toBe("no-store");
    expect(await forbidden.text()).not.toContain(run);
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
      actorId: focalPoint.id,
      entityId: "audit_log_export",
    });
    session.user = null;
    const anonymous = await request({});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
  });
});
