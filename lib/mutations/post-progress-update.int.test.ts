import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { postProgressUpdate } from "./post-progress-update";

let ownFocalPoint: SessionUser;
let otherFocalPoint: SessionUser;
let secretariat: SessionUser;
let inactiveFocalPoint: SessionUser;
let memberId: string;
let commitment: { id: string; slug: string };

beforeAll(async () => {
  const member = await createMember(db);
  const otherMember = await createMember(db, { kind: "REGIONAL_ORGANISATION", isoCode: null, regionalGroup: null });
  memberId = member.id;
  ownFocalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  otherFocalPoint = await sessionUserOf((await createFocalPoint(db, otherMember.id)).user.id);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  inactiveFocalPoint = await sessionUserOf((await createFocalPoint(db, member.id, { active: false })).user.id);
  // A reporting cycle that certainly contains today (and starts later than any cycle another test may have made).
  const today = new Date(new Date().toISOString().slice(0, 10));
  await db.reportingCycle.create({
    data: {
      slug: `test-cycle-${crypto.randomUUID()}`,
      name: "Test cycle",
      startsOn: today,
      endsOn: new Date(today.getTime() + 365 * 86_400_000),
      dueOn: new Date(today.getTime() + 300 * 86_400_000),
      state: "OPEN",
    },
  });
});

beforeEach(async () => {
  commitment = await createCommitment(db, memberId);
});

function input(overrides: Record<string, unknown> = {}) {
  return {
    commitmentId: commitment.id,
    version: "1",
    status: "IN_PROGRESS",
    percentComplete: "40",
    narrative: "The Gender Sub-Committee met twice and adopted its work plan.",
    evidenceUrl: "https://www.example.org/work-plan.pdf",
    discontinuedReason: "",
    ...overrides,
  };
}

/** Everything a post could change: the commitment's denormalised state and the row counts it could grow. */
async function snapshot() {
  const [row, updates, evidence, audit] = await Promise.all([
    db.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      select: { version: true, currentStatus: true, currentPercent: true, lastPublishedAt: true, discontinuedReason: true },
    }),
    db.progressUpdate.count(),
    db.evidenceLink.count(),
    db.auditLog.count(),
  ]);
  return { commitment: row, updates, evidence, audit };
}

async function latestAudit() {
  return db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
}

describe("postProgressUpdate", () => {
  it("publishes the update of the member's own focal point, with the commitment's current state and one audit row", async () => {
    const before = await snapshot();
    const result = await postProgressUpdate(ownFocalPoint, input());
    expect(result).toMatchObject({ ok: true, commitment: { id: commitment.id, slug: commitment.slug } });
    if (!result.ok) throw new Error("expected success");

    const update = await db.progressUpdate.findUniqueOrThrow({
      where: { id: result.updateId },
      include: { evidence: true },
    });
    const expectedCycle = await db.reportingCycle.findFirst({
      where: { startsOn: { lte: new Date() }, endsOn: { gte: new Date(new Date().toISOString().slice(0, 10)) } },
      orderBy: { startsOn: "desc" },
    });
    expect(expectedCycle).not.toBeNull();
    expect(update).toMatchObject({
      commitmentId: commitment.id,
      authorId: ownFocalPoint.id,
      cycleId: expectedCycle!.id,
      status: "IN_PROGRESS",
      percentComplete: 40,
      narrative: "The Gender Sub-Committee met twice and adopted its work plan.",
      reviewState: "PUBLISHED",
      verification: "SELF_REPORTED",
      isDemo: false,
    });
    expect(update.publishedAt).toBeInstanceOf(Date);
    expect(update.evidence.map((link) => link.url)).toEqual(["https://www.example.org/work-plan.pdf"]);

    const after = await snapshot();
    expect(after.commitment).toEqual({
      version: 2,
      currentStatus: "IN_PROGRESS",
      currentPercent: 40,
      lastPublishedAt: update.publishedAt,
      discontinuedReason: null,
    });
    expect(after.updates).toBe(before.updates + 1);
    expect(after.evidence).toBe(before.evidence + 1);
    expect(after.audit).toBe(before.audit + 1);

    const audit = await latestAudit();
    expect(audit).toMatchObject({
      action: "progress_update.publish",
      actorId: ownFocalPoint.id,
      actorLabel: `user:${ownFocalPoint.email}`,
      entityType: "progress_update",
      entityId: update.id,
      memberId,
    });
    expect(audit.before).toMatchObject({ commitment: { id: commitment.id, version: 1, status: null, percentComplete: null } });
    expect(audit.after).toMatchObject({
      commitment: { version: 2, status: "IN_PROGRESS", percentComplete: 40 },
      update: { id: update.id, reviewState: "PUBLISHED", evidenceUrl: "https://www.example.org/work-plan.pdf" },
    });
  });

  it("refuses an anonymous caller and changes nothing", async () => {
    const before = await snapshot();
    await expect(postProgressUpdate(null, input())).rejects.toMatchObject({
      name: "AuthorizationError",
      reason: "unauthenticated",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses another member's focal point, changing nothing but the refusal's audit row", async () => {
    const before = await snapshot();
    const refusal = postProgressUpdate(otherFocalPoint, input());
    await expect(refusal).rejects.toBeInstanceOf(AuthorizationError);
    await expect(refusal).rejects.toMatchObject({ reason: "forbidden" });

    const after = await snapshot();
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
    expect(await latestAudit()).toMatchObject({
      action: "authorization.refused",
      actorId: otherFocalPoint.id,
      entityType: "commitment",
      entityId: commitment.id,
      memberId,
      after: { attempted: "progress_update.publish", reason: "not_a_focal_point_of_this_member" },
    });
  });

  it("refuses the secretariat, which does not post on a member's behalf", async () => {
    const before = await snapshot();
    await expect(postProgressUpdate(secretariat, input())).rejects.toMatchObject({ reason: "forbidden" });
    expect(await snapshot()).toEqual({ ...before, audit: before.audit + 1 });
    expect(await latestAudit()).toMatchObject({
      action: "authorization.refused",
      actorId: secretariat.id,
      after: { reason: "secretariat_does_not_post_updates" },
    });
  });

  it("refuses a deactivated focal point of the member", async () => {
    const before = await snapshot();
    await expect(postProgressUpdate(inactiveFocalPoint, input())).rejects.toMatchObject({ reason: "forbidden" });
    expect(await snapshot()).toEqual({ ...before, audit: before.audit + 1 });
    expect(await latestAudit()).toMatchObject({ actorId: inactiveFocalPoint.id, after: { reason: "inactive_user" } });
  });

  it("decides on the member of the commitment in the database, whatever member id the form claims", async () => {
    const before = await snapshot();
    const crafted = input({ memberId: otherFocalPoint.memberId });
    await expect(postProgressUpdate(otherFocalPoint, crafted)).rejects.toMatchObject({ reason: "forbidden" });
    expect(await snapshot()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it("refuses a stale version as a conflict, keeps the other save, and changes nothing", async () => {
    expect((await postProgressUpdate(ownFocalPoint, input({ percentComplete: "50" }))).ok).toBe(true);
    const before = await snapshot();

    const result = await postProgressUpdate(ownFocalPoint, input({ version: "1", percentComplete: "60" }));
    expect(result).toEqual({
      ok: false,
      error: "conflict",
      current: { version: 2, status: "IN_PROGRESS", percentComplete: 50, lastPublishedAt: before.commitment.lastPublishedAt },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const results = await Promise.all([
      postProgressUpdate(ownFocalPoint, input({ percentComplete: "10" })),
      postProgressUpdate(ownFocalPoint, input({ percentComplete: "20" })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "conflict")).toHaveLength(1);
    const after = await snapshot();
    expect(after.commitment.version).toBe(2);
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(1);
  });

  it.each([
    ["a percentage above 100", { percentComplete: "101" }, "percentComplete", "percentComplete.range"],
    ["a javascript: evidence link", { evidenceUrl: "javascript:alert(1)" }, "evidenceUrl", "evidenceUrl.invalid"],
    ["an empty narrative", { narrative: "   " }, "narrative", "narrative.required"],
    ["Discontinued without a reason", { status: "DISCONTINUED" }, "discontinuedReason", "discontinuedReason.required"],
  ])("returns field errors for %s and changes nothing", async (_label, overrides, field, code) => {
    const before = await snapshot();
    const result = await postProgressUpdate(ownFocalPoint, input(overrides));
    expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { [field]: [code] } });
    expect(await snapshot()).toEqual(before);
  });

  it("records the reason when a commitment is discontinued, and clears it when work resumes", async () => {
    const discontinued = await postProgressUpdate(
      ownFocalPoint,
      input({ status: "DISCONTINUED", percentComplete: "", evidenceUrl: "", discontinuedReason: "Funding ended in 2020." }),
    );
    expect(discontinued.ok).toBe(true);
    expect((await snapshot()).commitment).toMatchObject({
      version: 2,
      currentStatus: "DISCONTINUED",
      currentPercent: null,
      discontinuedReason: "Funding ended in 2020.",
    });

    expect((await postProgressUpdate(ownFocalPoint, input({ version: "2" }))).ok).toBe(true);
    expect((await snapshot()).commitment).toMatchObject({ version: 3, currentStatus: "IN_PROGRESS", discontinuedReason: null });
  });

  it("answers not_found for an unknown or malformed commitment id, and changes nothing", async () => {
    const before = await snapshot();
    expect(await postProgressUpdate(ownFocalPoint, input({ commitmentId: crypto.randomUUID() }))).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await postProgressUpdate(ownFocalPoint, input({ commitmentId: "' OR 1=1 --" }))).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("marks an update posted from a demonstration account as demonstration data", async () => {
    const demo = await sessionUserOf((await createFocalPoint(db, memberId, { isDemo: true })).user.id);
    const result = await postProgressUpdate(demo, input());
    if (!result.ok) throw new Error("expected success");
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: result.updateId } })).isDemo).toBe(true);
  });
});
