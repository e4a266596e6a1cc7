// The focal point's reporting workflow against real PostgreSQL: save a draft, resume it, submit it for review,
// revise and resubmit an update the secretariat returned; who may do it; and truly concurrent saves.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { emptyBarriers, type ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { saveUpdateDraft } from "./save-update-draft";
import { submitUpdate } from "./submit-update";

let memberId: string;
let own: SessionUser;
let colleague: SessionUser;
let other: SessionUser;
let secretariat: SessionUser;
let inactive: SessionUser;
let commitment: { id: string; slug: string };
let milestone: { id: string };

beforeAll(async () => {
  const member = await createMember(db);
  const otherMember = await createMember(db);
  memberId = member.id;
  own = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  colleague = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  other = await sessionUserOf((await createFocalPoint(db, otherMember.id)).user.id);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  inactive = await sessionUserOf((await createFocalPoint(db, member.id, { active: false })).user.id);
  const today = new Date(new Date().toISOString().slice(0, 10));
  await db.reportingCycle.create({
    data: {
      slug: `workflow-cycle-${crypto.randomUUID()}`,
      name: "Workflow test cycle",
      startsOn: today,
      endsOn: new Date(today.getTime() + 365 * 86_400_000),
      dueOn: new Date(today.getTime() + 300 * 86_400_000),
      state: "OPEN",
    },
  });
});

beforeEach(async () => {
  commitment = await createCommitment(db, memberId);
  milestone = await db.milestone.create({ data: { commitmentId: commitment.id, title: "Work plan adopted" } });
});

function values(overrides: Partial<ProgressUpdateFormValues> = {}): ProgressUpdateFormValues {
  return {
    status: "IN_PROGRESS",
    percentComplete: "40",
    narrative: "The Gender Sub-Committee met twice and adopted its work plan.",
    evidence: [
      { url: "https://www.example.org/work-plan.pdf", label: "Work plan" },
      { url: "https://www.example.org/minutes", label: "" },
    ],
    milestoneIds: [milestone.id],
    barriers: emptyBarriers().map((b) =>
      b.kind === "FUNDING" ? { ...b, selected: true, detail: "Budget arrived late" } : b,
    ),
    ...overrides,
  };
}

const newDraft = (overrides: Partial<ProgressUpdateFormValues> = {}) => ({
  commitmentId: commitment.id,
  draftId: "",
  version: "",
  values: values(overrides),
});

async function counts() {
  const [updates, evidence, barriers, milestones, audit, refusals] = await Promise.all([
    db.progressUpdate.count(),
    db.evidenceLink.count(),
    db.updateBarrier.count(),
    db.updateMilestone.count(),
    db.auditLog.count(),
    db.auditLog.count({ where: { action: "authorization.refused" } }),
  ]);
  return { updates, evidence, barriers, milestones, audit, refusals };
}

async function stored(updateId: string) {
  return db.progressUpdate.findUniqueOrThrow({
    where: { id: updateId },
    include: { evidence: { orderBy: { url: "asc" } }, barriers: true, milestonesReached: true },
  });
}

describe("saving a draft", () => {
  it("stores a private draft with everything typed, and audits it", async () => {
    const before = await counts();
    const result = await saveUpdateDraft(own, newDraft());
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ version: 1, reviewState: "DRAFT", commitment: { slug: commitment.slug } });

    const draft = await stored(result.updateId);
    expect(draft).toMatchObject({
      authorId: own.id,
      reviewState: "DRAFT",
      status: "IN_PROGRESS",
      percentComplete: 40,
      submittedAt: null,
      publishedAt: null,
      cycleId: null,
    });
    expect(draft.evidence.map((e) => [e.url, e.label])).toEqual([
      ["https://www.example.org/minutes", null],
      ["https://www.example.org/work-plan.pdf", "Work plan"],
    ]);
    expect(draft.barriers.map((b) => [b.kind, b.detail])).toEqual([["FUNDING", "Budget arrived late"]]);
    expect(draft.milestonesReached.map((m) => m.milestoneId)).toEqual([milestone.id]);

    const after = await counts();
    expect(after).toMatchObject({
      updates: before.updates + 1,
      evidence: before.evidence + 2,
      audit: before.audit + 1,
    });
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "progress_update.save_draft",
      actorId: own.id,
      entityType: "progress_update",
      entityId: result.updateId,
      memberId,
      before: null,
    });
    // The public record does not change.
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      version: 1,
      currentStatus: null,
      lastPublishedAt: null,
    });
  });

  it("resumes the same draft on a later save (one draft per author and commitment), replacing its lists", async () => {
    const first = await saveUpdateDraft(own, newDraft());
    if (!first.ok) throw new Error("expected success");
    const second = await saveUpdateDraft(own, {
      commitmentId: commitment.id,
      draftId: first.updateId,
      version: String(first.version),
      values: values({ narrative: "Resumed the next day.", evidence: [], barriers: emptyBarriers(), milestoneIds: [] }),
    });
    expect(second).toMatchObject({ ok: true, updateId: first.updateId, version: 2 });
    const draft = await stored(first.updateId);
    expect(draft).toMatchObject({ narrative: "Resumed the next day.", version: 2 });
    expect([draft.evidence.length, draft.barriers.length, draft.milestonesReached.length]).toEqual([0, 0, 0]);
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: first.updateId }, orderBy: { id: "desc" } });
    expect(audit.before).toMatchObject({ version: 1, narrative: values().narrative });
    expect(audit.after).toMatchObject({ version: 2, narrative: "Resumed the next day." });
  });

  it("refuses a second new draft while one is open, showing the open one and how it differs", async () => {
    const first = await saveUpdateDraft(own, newDraft());
    if (!first.ok) throw new Error("expected success");
    const before = await counts();
    const second = await saveUpdateDraft(own, newDraft({ narrative: "Typed in another tab." }));
    expect(second).toEqual({
      ok: false,
      error: "conflict",
      conflict: {
        reason: "exists",
        draftId: first.updateId,
        version: 1,
        changes: [{ field: "narrative", theirs: [values().narrative], mine: ["Typed in another tab."] }],
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("lets an unfinished draft be saved, but not a malformed one", async () => {
    expect(await saveUpdateDraft(own, newDraft({ narrative: "", percentComplete: "" }))).toMatchObject({ ok: true });
    const before = await counts();
    const result = await saveUpdateDraft(own, {
      ...newDraft({ percentComplete: "150", evidence: [{ url: "javascript:alert(1)", label: "" }] }),
      commitmentId: (await createCommitment(db, memberId)).id,
    });
    expect(result).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { percentComplete: ["percentComplete.range"], "evidence.0.url": ["evidence.url.invalid"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a milestone of another commitment", async () => {
    const elsewhere = await db.milestone.create({
      data: { commitmentId: (await createCommitment(db, memberId)).id, title: "Elsewhere" },
    });
    expect(await saveUpdateDraft(own, newDraft({ milestoneIds: [elsewhere.id] }))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { milestones: ["milestones.unknown"] },
    });
  });

  it("answers not found for a proposal or an unknown commitment", async () => {
    const proposal = await createCommitment(db, memberId, { approval: "PROPOSED" });
    expect(await saveUpdateDraft(own, { ...newDraft(), commitmentId: proposal.id })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await saveUpdateDraft(own, { ...newDraft(), commitmentId: crypto.randomUUID() })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await saveUpdateDraft(own, { ...newDraft(), draftId: "not-an-id", version: "1" })).toEqual({
      ok: false,
      error: "not_found",
    });
  });
});

describe("submitting for review", () => {
  it("moves the draft to SUBMITTED in the current cycle, without publishing anything", async () => {
    const draft = await saveUpdateDraft(own, newDraft({ narrative: "" }));
    if (!draft.ok) throw new Error("expected success");
    const result = await submitUpdate(own, {
      commitmentId: commitment.id,
      draftId: draft.updateId,
      version: String(draft.version),
      values: values(),
    });
    expect(result).toMatchObject({ ok: true, updateId: draft.updateId, reviewState: "SUBMITTED", version: 2 });
    const update = await stored(draft.updateId);
    const cycle = await db.reportingCycle.findFirstOrThrow({ where: { name: "Workflow test cycle" } });
    expect(update).toMatchObject({
      reviewState: "SUBMITTED",
      cycleId: cycle.id,
      publishedAt: null,
      verification: "SELF_REPORTED",
    });
    expect(update.submittedAt).toBeInstanceOf(Date);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      currentStatus: null,
      lastPublishedAt: null,
      version: 1,
    });
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "progress_update.submit",
      entityId: draft.updateId,
    });
    // Submitted is out of the author's hands: a save on it is a conflict, and the next save starts a new draft.
    const late = await saveUpdateDraft(own, {
      commitmentId: commitment.id,
      draftId: draft.updateId,
      version: "2",
      values: values({ narrative: "Too late" }),
    });
    expect(late).toMatchObject({
      ok: false,
      error: "conflict",
      conflict: { reason: "no_longer_editable", draftId: null },
    });
  });

  it("submits a new update in one step, and requires a complete, consistent report", async () => {
    const before = await counts();
    const incomplete = await submitUpdate(
      own,
      newDraft({ narrative: " ", status: "COMPLETED", percentComplete: "90" }),
    );
    expect(incomplete).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { narrative: ["narrative.required"], percentComplete: ["percentComplete.completedIs100"] },
    });
    expect(await counts()).toEqual(before);
    expect(await submitUpdate(own, newDraft())).toMatchObject({ ok: true, reviewState: "SUBMITTED", version: 1 });
  });

  it("checks the status against the commitment's latest published one", async () => {
    await createPublishedUpdate(db, commitment.id, { status: "SUBSTANTIALLY_COMPLETE", percentComplete: 80 });
    expect(await submitUpdate(own, newDraft({ status: "NOT_STARTED", percentComplete: "0" }))).toMatchObject({
      error: "invalid",
      fieldErrors: { status: ["status.cannotRestart"] },
    });
    expect(await submitUpdate(own, newDraft({ barriers: emptyBarriers() }))).toMatchObject({
      error: "invalid",
      fieldErrors: { barriers: ["barriers.setbackNeedsReason"] },
    });
    expect(await submitUpdate(own, newDraft())).toMatchObject({ ok: true });
  });

  it("revises and resubmits an update the secretariat returned, keeping its comment", async () => {
    const returned = await db.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        authorId: own.id,
        status: "IN_PROGRESS",
        percentComplete: 30,
        narrative: "First try.",
        reviewState: "RETURNED",
        reviewComment: "Please add a link to the decree.",
        submittedAt: new Date(Date.now() - 86_400_000),
        reviewedAt: new Date(),
        reviewedById: secretariat.id,
        version: 3,
      },
    });
    // Opening a new update finds the returned one: it is the open update to revise.
    expect(await saveUpdateDraft(own, newDraft())).toMatchObject({
      error: "conflict",
      conflict: { reason: "exists", draftId: returned.id, version: 3 },
    });
    const saved = await saveUpdateDraft(own, {
      commitmentId: commitment.id,
      draftId: returned.id,
      version: "3",
      values: values({ narrative: "Second try, with the decree." }),
    });
    expect(saved).toMatchObject({ ok: true, reviewState: "RETURNED", version: 4 });
    const resubmitted = await submitUpdate(own, {
      commitmentId: commitment.id,
      draftId: returned.id,
      version: "4",
      values: values({ narrative: "Second try, with the decree." }),
    });
    expect(resubmitted).toMatchObject({ ok: true, reviewState: "SUBMITTED", version: 5 });
    expect(await stored(returned.id)).toMatchObject({
      reviewState: "SUBMITTED",
      narrative: "Second try, with the decree.",
      reviewComment: "Please add a link to the decree.",
    });
  });
});

describe("who may write", () => {
  it.each([
    ["another member's focal point", () => other, "not_a_focal_point_of_this_member"],
    ["the secretariat", () => secretariat, "secretariat_does_not_post_updates"],
    ["a deactivated focal point of the member", () => inactive, "inactive_user"],
  ])("refuses %s, logs the refusal and writes nothing else", async (_label, actor, reason) => {
    for (const write of [saveUpdateDraft, submitUpdate]) {
      const before = await counts();
      await expect(write(actor(), newDraft())).rejects.toBeInstanceOf(AuthorizationError);
      const after = await counts();
      expect(after).toEqual({ ...before, audit: before.audit + 1, refusals: before.refusals + 1 });
      expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
        action: "authorization.refused",
        actorId: actor().id,
        entityType: "commitment",
        entityId: commitment.id,
        after: { reason },
      });
    }
  });

  it("refuses anonymous callers without logging (anyone can send those)", async () => {
    const before = await counts();
    await expect(saveUpdateDraft(null, newDraft())).rejects.toMatchObject({ reason: "unauthenticated" });
    await expect(submitUpdate(null, newDraft())).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(await counts()).toEqual(before);
  });

  it("keeps a draft its author's own, even for a colleague of the same member", async () => {
    const draft = await saveUpdateDraft(own, newDraft());
    if (!draft.ok) throw new Error("expected success");
    const before = await counts();
    const attempt = {
      commitmentId: commitment.id,
      draftId: draft.updateId,
      version: "1",
      values: values({ narrative: "Mine now" }),
    };
    await expect(saveUpdateDraft(colleague, attempt)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(submitUpdate(colleague, attempt)).rejects.toMatchObject({ reason: "forbidden" });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 2, refusals: before.refusals + 2 });
    expect(await stored(draft.updateId)).toMatchObject({ narrative: values().narrative, version: 1 });
    // The colleague may write their own update on the same commitment.
    expect(await saveUpdateDraft(colleague, newDraft())).toMatchObject({ ok: true });
  });

  it("answers not found for a draft id from another commitment, before anything else", async () => {
    const draft = await saveUpdateDraft(own, newDraft());
    if (!draft.ok) throw new Error("expected success");
    const elsewhere = await createCommitment(db, memberId);
    expect(
      await saveUpdateDraft(own, {
        commitmentId: elsewhere.id,
        draftId: draft.updateId,
        version: "1",
        values: values(),
      }),
    ).toEqual({ ok: false, error: "not_found" });
  });
});

describe("no lost updates", () => {
  it("lets exactly one of many truly concurrent saves of the same draft version win; the others get the conflict and their text back", async () => {
    const draft = await saveUpdateDraft(own, newDraft());
    if (!draft.ok) throw new Error("expected success");
    const N = 8;
    const attempts = Array.from({ length: N }, (_, i) => ({
      commitmentId: commitment.id,
      draftId: draft.updateId,
      version: "1",
      values: values({ narrative: `Tab ${i}: what I typed`, percentComplete: String(40 + i) }),
    }));
    const results = await Promise.all(attempts.map((attempt) => saveUpdateDraft(own, attempt)));

    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    const stored2 = await stored(draft.updateId);
    // The winner's content is stored intact, with the version moved on once.
    expect(stored2).toMatchObject({
      version: 2,
      narrative: `Tab ${winner}: what I typed`,
      percentComplete: 40 + winner,
    });
    expect(stored2.evidence).toHaveLength(2);
    expect(stored2.barriers).toHaveLength(1);

    results.forEach((result, i) => {
      if (i === winner) return;
      expect(result).toMatchObject({
        ok: false,
        error: "conflict",
        conflict: { reason: "changed", draftId: draft.updateId, version: 2 },
      });
      if (result.ok || result.error !== "conflict") return;
      // What differs, field by field: the winner's text against this tab's own.
      expect(result.conflict.changes).toEqual([
        { field: "percentComplete", theirs: [String(40 + winner)], mine: [String(40 + i)] },
        { field: "narrative", theirs: [`Tab ${winner}: what I typed`], mine: [`Tab ${i}: what I typed`] },
      ]);
    });
    expect(await db.auditLog.count({ where: { entityId: draft.updateId, action: "progress_update.save_draft" } })).toBe(
      2,
    );
  });

  it("lets exactly one of many concurrent first saves create the draft", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => saveUpdateDraft(own, newDraft({ narrative: `First save ${i}` }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "conflict" && r.conflict.reason === "exists")).toHaveLength(5);
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id, authorId: own.id } })).toBe(1);
  });

  it("lets exactly one of a concurrent save and submit of the same version through", async () => {
    const draft = await saveUpdateDraft(own, newDraft());
    if (!draft.ok) throw new Error("expected success");
    const base = { commitmentId: commitment.id, draftId: draft.updateId, version: "1" };
    const [saved, submitted] = await Promise.all([
      saveUpdateDraft(own, { ...base, values: values({ narrative: "Saved" }) }),
      submitUpdate(own, { ...base, values: values({ narrative: "Submitted" }) }),
    ]);
    expect([saved.ok, submitted.ok].filter(Boolean)).toHaveLength(1);
    const row = await stored(draft.updateId);
    expect(row.version).toBe(2);
    expect(row.narrative).toBe(saved.ok ? "Saved" : "Submitted");
    expect(row.reviewState).toBe(saved.ok ? "DRAFT" : "SUBMITTED");
  });
});
