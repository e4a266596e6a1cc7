// The commitments import against real PostgreSQL: nothing is written by the preview; the confirmation writes every
// row in one transaction with one audit row per record and one for the batch, or nothing at all; the same file
// imported again changes nothing; a register changed since the preview is refused; 10,000 rows in one sitting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { db } from "@/lib/db";
import { stringify } from "csv-stringify/sync";
import { createCommitment, createMeeting, createMember, createSecretariat } from "@/prisma/seed/factories";
import { confirmImport } from "./confirm-import";
import { countPlan, type PlannedRow } from "./planned-row";
import { previewImport } from "./preview-import";

let secretariat: SessionUser;
let member: { id: string; slug: string };
let meeting: { id: string; slug: string };
let theme: { id: string; slug: string };
const prefix = `imp-${Date.now().toString(36)}`;

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  member = await createMember(db);
  meeting = await createMeeting(db);
  theme = await db.theme.create({ data: { slug: `${prefix}-theme`, name: "Import theme" } });
});

afterAll(async () => {
  await db.commitment.deleteMany({ where: { slug: { startsWith: prefix } } });
});

const HEADER = [
  "commitment_slug",
  "commitment_title",
  "member_slug",
  "meeting_slug",
  "theme_slugs",
  "description",
  "source_excerpt",
  "commitment_kind",
  "addressed_to",
  "target_date",
];

function row(n: number, overrides: Partial<Record<string, string>> = {}) {
  return {
    commitment_slug: `${prefix}-${n}`,
    commitment_title: `Imported commitment ${n}`,
    member_slug: member.slug,
    meeting_slug: meeting.slug,
    theme_slugs: theme.slug,
    description: `What was said, number ${n}.`,
    source_excerpt: `We will do thing ${n}.`,
    commitment_kind: "pledge",
    addressed_to: "",
    target_date: "2030-12-31",
    ...overrides,
  };
}

const file = (rows: Record<string, string>[], name = "meeting.csv") => ({
  name,
  // Written as a person's spreadsheet would, without the exports' formula neutralising.
  bytes: new TextEncoder().encode(stringify(rows, { header: true, columns: HEADER, bom: true })),
});

async function preview(rows: Record<string, string>[]) {
  const f = file(rows);
  const { batchId } = await previewImport(secretariat, "COMMITMENTS", f);
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
  return { batchId, sha256: batch.sha256, plan: batch.plan as unknown as PlannedRow[] };
}

const imported = () => db.commitment.count({ where: { slug: { startsWith: `${prefix}-` } } });
const auditCount = () => db.auditLog.count();

describe("a commitments import", () => {
  it("writes nothing until confirmed, then every row and its audit, and the same file again changes nothing", async () => {
    const rows = [row(1), row(2, { commitment_kind: "recommendation", addressed_to: "network;security_council" })];
    const audits = await auditCount();
    const first = await preview(rows);
    expect(countPlan(first.plan)).toEqual({ create: 2, change: 0, unchanged: 0, error: 0 });
    expect(await imported()).toBe(0);
    expect(await auditCount()).toBe(audits);

    expect(await confirmImport(secretariat, first.batchId, first.sha256)).toEqual({ ok: true, created: 2, changed: 0 });
    const created = await db.commitment.findUniqueOrThrow({
      where: { slug: `${prefix}-2` },
      include: { themes: { include: { theme: true } }, members: true },
    });
    expect(created).toMatchObject({
      kind: "RECOMMENDATION",
      addressedTo: ["NETWORK", "SECURITY_COUNCIL"],
      approval: "APPROVED",
    });
    expect(created.themes.map((t) => t.theme.slug)).toEqual([theme.slug]);
    expect(created.members).toEqual([expect.objectContaining({ memberId: member.id, role: "LEAD" })]);
    const newAudits = await db.auditLog.findMany({
      where: { id: { gt: BigInt(0) } },
      orderBy: { id: "desc" },
      take: 3,
    });
    expect(newAudits.map((a) => a.action).sort()).toEqual([
      "commitment.import.create",
      "commitment.import.create",
      "import.apply",
    ]);
    expect(await confirmImport(secretariat, first.batchId, first.sha256)).toEqual({
      ok: false,
      reason: "alreadyApplied",
    });

    const again = await preview(rows);
    expect(countPlan(again.plan)).toEqual({ create: 0, change: 0, unchanged: 2, error: 0 });
    const before = await auditCount();
    expect(await confirmImport(secretariat, again.batchId, again.sha256)).toEqual({ ok: false, reason: "nothingToDo" });
    expect(await auditCount()).toBe(before);
  });

  it("shows a change field by field and audits it with before and after", async () => {
    await preview([row(3)]).then((p) => confirmImport(secretariat, p.batchId, p.sha256));
    const changed = await preview([row(3, { commitment_title: "A better title", target_date: "" })]);
    expect(changed.plan).toEqual([
      {
        line: 2,
        ref: `${prefix}-3`,
        action: "change",
        baseVersion: 1,
        changes: [
          { column: "commitment_title", before: "Imported commitment 3", after: "A better title" },
          { column: "target_date", before: "2030-12-31", after: null },
        ],
      },
    ]);
    expect(await confirmImport(secretariat, changed.batchId, changed.sha256)).toEqual({
      ok: true,
      created: 0,
      changed: 1,
    });
    const after = await db.commitment.findUniqueOrThrow({ where: { slug: `${prefix}-3` } });
    expect(after).toMatchObject({ title: "A better title", targetDate: null, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: after.id, action: "commitment.import.update" },
    });
    expect(audit.before).toEqual({
      slug: `${prefix}-3`,
      commitment_title: "Imported commitment 3",
      target_date: "2030-12-31",
    });
    expect(audit.after).toMatchObject({ commitment_title: "A better title", target_date: null });
  });

  it("lists every problem of every row in plain codes, and refuses to confirm a file with errors", async () => {
    const existing = await createCommitment(db, member.id, { slug: `${prefix}-existing` });
    const { plan, batchId, sha256 } = await preview([
      row(10, { member_slug: "nobody-at-all", theme_slugs: "no-such-theme" }),
      row(11, { commitment_kind: "recommendation", addressed_to: "" }),
      row(12, { source_excerpt: "", target_date: "31/12/2030" }),
      row(13, { meeting_slug: "no-meeting" }),
      row(10),
      row(14, { commitment_title: '=HYPERLINK("http://evil")' }),
      row(15, { commitment_slug: existing.slug }),
    ]);
    const problems = plan.map((p) => (p.action === "error" ? p.problems.map((q) => q.code) : p.action));
    expect(problems).toEqual([
      ["unknownMember", "unknownTheme"],
      ["addresseeMissing"],
      ["sourceExcerptMissing", "badDate"],
      ["unknownMeeting"],
      ["duplicateReference"],
      ["formula"],
      "change",
    ]);
    expect(await confirmImport(secretariat, batchId, sha256)).toEqual({ ok: false, reason: "hasErrors" });
    expect(await db.commitment.count({ where: { slug: { in: [`${prefix}-10`, `${prefix}-11`] } } })).toBe(0);
  });

  it("writes nothing when a row late in the file fails in the database", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => row(1000 + i));
    const { batchId, sha256 } = await preview(rows);
    // A guard the planner does not know about, failing the very last row.
    // The slug to refuse sits in a table, so every statement is a fixed one and the slug a bound parameter.
    await db.$executeRaw`CREATE TABLE refuse_import_test_slugs (slug text PRIMARY KEY)`;
    await db.$executeRaw`INSERT INTO refuse_import_test_slugs VALUES (${`${prefix}-2199`})`;
    await db.$executeRaw`CREATE FUNCTION refuse_import_test() RETURNS trigger AS $$ BEGIN
      IF EXISTS (SELECT 1 FROM refuse_import_test_slugs WHERE slug = NEW.slug) THEN
        RAISE EXCEPTION 'refused by the test';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`;
    await db.$executeRaw`CREATE TRIGGER refuse_import_test BEFORE INSERT ON commitments
      FOR EACH ROW EXECUTE FUNCTION refuse_import_test()`;
    const audits = await auditCount();
    try {
      await expect(confirmImport(secretariat, batchId, sha256)).rejects.toThrow(/refused by the test/);
    } finally {
      await db.$executeRaw`DROP TRIGGER refuse_import_test ON commitments`;
      await db.$executeRaw`DROP FUNCTION refuse_import_test()`;
      await db.$executeRaw`DROP TABLE refuse_import_test_slugs`;
    }
    expect(
      await db.commitment.count({ where: { slug: { startsWith: `${prefix}-1` }, NOT: { slug: `${prefix}-1` } } }),
    ).toBe(0);
    expect(await auditCount()).toBe(audits);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ state: "PREVIEWED" });
  });

  it("refuses a confirmation when the register changed since the preview", async () => {
    const { batchId, sha256 } = await preview([row(20), row(21)]);
    await createCommitment(db, member.id, { slug: `${prefix}-21` });
    expect(await confirmImport(secretariat, batchId, sha256)).toEqual({ ok: false, reason: "changedSincePreview" });
    expect(await db.commitment.count({ where: { slug: `${prefix}-20` } })).toBe(0);
  });

  it("confirms only the uploader's own batch with the previewed file's hash", async () => {
    const { batchId, sha256 } = await preview([row(30)]);
    const other = await sessionUserOf((await createSecretariat(db)).user.id);
    expect(await confirmImport(other, batchId, sha256)).toEqual({ ok: false, reason: "notFound" });
    expect(await confirmImport(secretariat, batchId, "0".repeat(64))).toEqual({ ok: false, reason: "notFound" });
  });

  it("previews and confirms 10,000 rows in one sitting", async ({ annotate }) => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(100_000 + i));
    const started = performance.now();
    const { batchId, sha256, plan } = await preview(rows);
    const previewed = performance.now();
    expect(countPlan(plan).create).toBe(10_000);
    expect(await confirmImport(secretariat, batchId, sha256)).toEqual({ ok: true, created: 10_000, changed: 0 });
    const confirmed = performance.now();
    await annotate(
      `10,000-row import: preview ${Math.round(previewed - started)} ms, confirm ${Math.round(confirmed - previewed)} ms`,
    );
    expect(
      await db.commitment.count({ where: { slug: { startsWith: `${prefix}-1` }, title: { startsWith: "Imported" } } }),
    ).toBeGreaterThanOrEqual(10_000);
    expect(await db.auditLog.count({ where: { action: "commitment.import.create" } })).toBeGreaterThanOrEqual(10_000);
  }, 300_000);
});
