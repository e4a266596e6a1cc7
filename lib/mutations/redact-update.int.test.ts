// Redaction after publication (decision 0023), against the real database: who may redact, what is removed and what
// the record keeps, the audit row (who and why, never the words), and the refusals that change nothing.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { redactUpdate } from "./redact-update";

const WORDS = "The survivors stay at 14 Rue des Oliviers";
const URL = "https://example.org/survivors-list.pdf";
let secretariat: SessionUser;
let focalPoint: SessionUser;
let update: { id: string; linkId: string };

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  const member = await createMember(db);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
});

beforeEach(async () => {
  const member = await db.user.findUniqueOrThrow({ where: { id: focalPoint.id }, select: { memberId: true } });
  const commitment = await createCommitment(db, member.memberId!);
  const created = await db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId: focalPoint.id,
      status: "IN_PROGRESS",
      narrative: WORDS,
      reviewState: "PUBLISHED",
      submittedAt: new Date(),
      reviewedAt: new Date(),
      publishedAt: new Date(),
      evidence: { create: [{ url: URL, label: "List of survivors" }, { url: "https://example.org/public.pdf" }] },
    },
    include: { evidence: { where: { url: URL } } },
  });
  // What the focal point's earlier saves left in the audit log.
  await db.auditLog.create({
    data: {
      actorId: focalPoint.id,
      actorLabel: focalPoint.email,
      action: "progress_update.submit",
      entityType: "progress_update",
      entityId: created.id,
      after: { narrative: WORDS, evidence: [{ url: URL, label: "List of survivors", secretariatOnly: false }] },
    },
  });
  update = { id: created.id, linkId: created.evidence[0]!.id };
});

const redact = (actor: SessionUser, part: string, overrides: Record<string, string> = {}) =>
  redactUpdate(actor, { updateId: update.id, version: "1", part, reason: "Puts survivors at risk.", ...overrides });

describe("redactUpdate", () => {
  it("deletes the narrative, records when and by whom, and audits why without the words", async () => {
    expect(await redact(secretariat, "narrative")).toEqual({ ok: true, updateId: update.id });
    const stored = await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } });
    expect(stored).toMatchObject({ narrative: "", narrativeRedactedById: secretariat.id, version: 2 });
    expect(stored.narrativeRedactedAt).toBeInstanceOf(Date);

    const audit = await db.auditLog.findMany({ where: { entityId: update.id }, orderBy: { id: "asc" } });
    expect(audit.at(-1)).toMatchObject({
      action: "progress_update.redact",
      actorId: secretariat.id,
      after: { redacted: "narrative", reason: "Puts survivors at risk.", version: 2 },
    });
    expect(JSON.stringify(audit.map((row) => [row.before, row.after]))).not.toContain("Rue des Oliviers");
  });

  it("replaces a link by a notice of its redaction and keeps the other links", async () => {
    expect(await redact(secretariat, update.linkId)).toEqual({ ok: true, updateId: update.id });
    const stored = await db.progressUpdate.findUniqueOrThrow({
      where: { id: update.id },
      include: { evidence: true, redactedEvidence: true },
    });
    expect(stored.narrative).toBe(WORDS);
    expect(stored.evidence.map((link) => link.url)).toEqual(["https://example.org/public.pdf"]);
    expect(stored.redactedEvidence).toEqual([
      expect.objectContaining({ redactedById: secretariat.id, redactedAt: expect.any(Date) as Date }),
    ]);
    const audit = JSON.stringify(
      await db.auditLog.findMany({ where: { entityId: update.id }, select: { after: true } }),
    );
    expect(audit).not.toContain(URL);
    expect(audit).not.toContain("List of survivors");
  });

  it("refuses a focal point, and records the refusal, changing nothing", async () => {
    await expect(redact(focalPoint, "narrative")).rejects.toBeInstanceOf(AuthorizationError);
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } })).narrative).toBe(WORDS);
    expect(
      await db.auditLog.count({
        where: { action: "authorization.refused", actorId: focalPoint.id, entityId: update.id },
      }),
    ).toBe(1);
  });

  it("needs a reason, the version shown, and something left to redact", async () => {
    expect(await redact(secretariat, "narrative", { reason: "  " })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { reason: ["reason.required"] },
    });
    expect(await redact(secretariat, "narrative", { version: "7" })).toEqual({ ok: false, error: "conflict" });
    expect(await redact(secretariat, crypto.randomUUID())).toEqual({ ok: false, error: "not_found" });
    await redact(secretariat, "narrative");
    expect(await redact(secretariat, "narrative", { version: "2" })).toEqual({ ok: false, error: "wrong_state" });
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } })).narrative).toBe("");
  });

  it("redacts only a published update", async () => {
    await db.progressUpdate.update({ where: { id: update.id }, data: { reviewState: "SUBMITTED", publishedAt: null } });
    expect(await redact(secretariat, "narrative")).toEqual({ ok: false, error: "wrong_state" });
  });
});
