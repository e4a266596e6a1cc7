// The progress reports import against real PostgreSQL: reports members sent by email become published updates on
// their pledges, marked as entered by the secretariat, in one transaction with an audit row each; a recommendation or
// a practice shared has no progress and its row is refused; the same file again changes nothing; a hostile file is
// refused and nothing is written.
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { db } from "@/lib/db";
import { createCommitment, createMember, createPublishedUpdate, createSecretariat } from "@/prisma/seed/factories";
import { confirmImport } from "./confirm-import";
import { FileProblem } from "./file-problem";
import { countPlan, type PlannedRow } from "./planned-row";
import { previewImport } from "./preview-import";

const HEADER = [
  "commitment_slug",
  "reported_on",
  "implementation_status",
  "percent_complete",
  "narrative",
  "evidence_urls",
];

let secretariat: SessionUser;
let member: { id: string };
let pledge: { id: string; slug: string };

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  member = await createMember(db);
  pledge = await createCommitment(db, member.id);
});

afterAll(async () => {
  await db.commitment.deleteMany({ where: { memberId: member.id } });
});

function row(overrides: Partial<Record<string, string>> = {}) {
  return {
    commitment_slug: pledge.slug,
    reported_on: "2026-03-02",
    implementation_status: "in_progress",
    percent_complete: "40",
    narrative: "The helpline answers calls in two provinces.",
    evidence_urls: "https://example.org/helpline-report; https://example.org/budget",
    ...overrides,
  };
}

const file = (rows: Record<string, string>[]) => ({
  name: "reports.csv",
  bytes: new TextEncoder().encode(stringify(rows, { header: true, columns: HEADER, bom: true })),
});

async function preview(rows: Record<string, string>[]) {
  const { batchId } = await previewImport(secretariat, "PROGRESS_REPORTS", file(rows));
  const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
  return { batchId, sha256: batch.sha256, plan: batch.plan as unknown as PlannedRow[] };
}

const reports = (commitmentId: string) =>
  db.progressUpdate.findMany({
    where: { commitmentId },
    include: { evidence: true },
    orderBy: { publishedAt: "asc" },
  });

describe("a progress reports import", () => {
  it("enters each report as a published update marked as entered by the secretariat, once", async () => {
    const rows = [row(), row({ reported_on: "2026-05-20", implementation_status: "completed", percent_complete: "" })];
    const audits = await db.auditLog.count();
    const first = await preview(rows);
    expect(countPlan(first.plan)).toEqual({ create: 2, change: 0, unchanged: 0, error: 0 });
    expect(await reports(pledge.id)).toEqual([]);
    expect(await db.auditLog.count()).toBe(audits);

    expect(await confirmImport(secretariat, first.batchId, first.sha256)).toEqual({ ok: true, created: 2, changed: 0 });
    const written = await reports(pledge.id);
    expect(written).toMatchObject([
      {
        status: "IN_PROGRESS",
        percentComplete: 40,
        reviewState: "PUBLISHED",
        enteredBySecretariat: true,
        publishedAt: new Date("2026-03-02T00:00:00Z"),
        isDemo: false,
      },
      { status: "COMPLETED", percentComplete: null, enteredBySecretariat: true },
    ]);
    expect(written[0]!.evidence.map((e) => e.url).sort()).toEqual([
      "https://example.org/budget",
      "https://example.org/helpline-report",
    ]);
    // The pledge shows its newest report, as a published update makes it.
    expect(await db.commitment.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({
      currentStatus: "COMPLETED",
      lastPublishedAt: new Date("2026-05-20T00:00:00Z"),
      version: 2,
    });
    const logged = await db.auditLog.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "desc" }, take: 3 });
    expect(logged.map((a) => a.action).sort()).toEqual([
      "import.apply",
      "progress_update.import",
      "progress_update.import",
    ]);
    // The public timeline says who entered them.
    const page = await getCommitmentPage(pledge.slug);
    expect(page?.updates.map((u) => u.enteredBySecretariat)).toEqual([true, true]);

    const again = await preview(rows);
    expect(countPlan(again.plan)).toEqual({ create: 0, change: 0, unchanged: 2, error: 0 });
    const before = await db.auditLog.count();
    expect(await confirmImport(secretariat, again.batchId, again.sha256)).toEqual({ ok: false, reason: "nothingToDo" });
    expect(await db.auditLog.count()).toBe(before);
    expect(await reports(pledge.id)).toHaveLength(2);
  });

  it("keeps a pledge's status when its last published update is newer than the report", async () => {
    const other = await createCommitment(db, member.id);
    await createPublishedUpdate(db, other.id, {
      status: "SUBSTANTIALLY_COMPLETE",
      publishedAt: "2026-06-01T10:00:00Z",
    });
    const p = await preview([row({ commitment_slug: other.slug, reported_on: "2026-04-01" })]);
    expect(await confirmImport(secretariat, p.batchId, p.sha256)).toMatchObject({ ok: true, created: 1 });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      currentStatus: "SUBSTANTIALLY_COMPLETE",
      lastPublishedAt: new Date("2026-06-01T10:00:00Z"),
    });
  });

  it("refuses, row by row, reports on recommendations and practices and every malformed value", async () => {
    const recommendation = await createCommitment(db, member.id, { kind: "RECOMMENDATION" });
    const practice = await createCommitment(db, member.id, { kind: "PRACTICE" });
    const { plan, batchId, sha256 } = await preview([
      row({ commitment_slug: recommendation.slug }),
      row({ commitment_slug: practice.slug }),
      row({ commitment_slug: "no-such-pledge" }),
      row({ reported_on: "2999-01-01", implementation_status: "finished" }),
      row({ reported_on: "2026-07-01", implementation_status: "completed", percent_complete: "80" }),
      row({ reported_on: "2026-07-02", evidence_urls: "javascript:alert(1)" }),
      row({ reported_on: "2026-07-03", narrative: '=HYPERLINK("http://evil")' }),
      row({ reported_on: "2026-07-04" }),
      row({ reported_on: "2026-07-04" }),
      // Entered by the first test with other words.
      row({ narrative: "Something else." }),
    ]);
    const problems = plan.map((p) => (p.action === "error" ? p.problems.map((q) => q.code) : p.action));
    expect(problems).toEqual([
      ["notPledge"],
      ["notPledge"],
      ["unknownCommitment"],
      ["futureDate", "unknownCode"],
      ["percentStatus"],
      ["badUrl"],
      ["formula"],
      "create",
      ["duplicateReport"],
      ["reportExists"],
    ]);
    const before = await db.progressUpdate.count();
    expect(await confirmImport(secretariat, batchId, sha256)).toEqual({ ok: false, reason: "hasErrors" });
    expect(await db.progressUpdate.count()).toBe(before);
  });

  it("refuses a hostile or malformed file as a whole and keeps nothing", async () => {
    const batches = () => db.importBatch.count({ where: { userId: secretariat.id } });
    const kept = await batches();
    const latin1 = new Uint8Array(
      Buffer.from(`${HEADER.join(",")}\r\nx,2026-01-01,in_progress,,C\xf4te,\r\n`, "latin1"),
    );
    await expect(
      previewImport(secretariat, "PROGRESS_REPORTS", { name: "latin1.csv", bytes: latin1 }),
    ).rejects.toMatchObject({ code: "notUtf8" });
    const misspelt = new TextEncoder().encode(
      "commitment_slug,reported_on,implementation_status,narative\r\nx,y,z,w\r\n",
    );
    const refusal = previewImport(secretariat, "PROGRESS_REPORTS", { name: "misspelt.csv", bytes: misspelt });
    await expect(refusal).rejects.toBeInstanceOf(FileProblem);
    await expect(refusal).rejects.toMatchObject({ code: "missingColumns", detail: "narrative" });
    expect(await batches()).toBe(kept);
  });

  it("refuses a confirmation when the same report was entered since the preview", async () => {
    const fresh = await createCommitment(db, member.id);
    const rows = [row({ commitment_slug: fresh.slug, reported_on: "2026-02-02" })];
    const first = await preview(rows);
    const second = await preview([...rows, row({ commitment_slug: fresh.slug, reported_on: "2026-02-03" })]);
    expect(await confirmImport(secretariat, first.batchId, first.sha256)).toMatchObject({ ok: true, created: 1 });
    expect(await confirmImport(secretariat, second.batchId, second.sha256)).toEqual({
      ok: false,
      reason: "changedSincePreview",
    });
    expect(await reports(fresh.id)).toHaveLength(1);
  });
});
