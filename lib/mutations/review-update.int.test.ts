// Publishing, returning and verifying submitted updates, against the real database and a real SMTP server
// (lib/testing/mailbox.ts): what the secretariat decides, what the public record then says, and who is told.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { mailbox } from "@/lib/testing/mailbox";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { publishUpdate } from "./publish-update";
import { returnUpdate } from "./return-update";
import { verifyEvidence } from "./verify-evidence";

let secretariat: SessionUser;
let secondReviewer: SessionUser;
let focalPoint: SessionUser;
let otherFocalPoint: SessionUser;
let focalPointEmails: string[];
let member: { id: string };
let commitment: { id: string; slug: string; title: string };

beforeAll(async () => {
  member = await createMember(db);
  const other = await createMember(db);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  secondReviewer = await sessionUserOf((await createSecretariat(db)).user.id);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const colleague = await createFocalPoint(db, member.id);
  await createFocalPoint(db, member.id, { active: false });
  otherFocalPoint = await sessionUserOf((await createFocalPoint(db, other.id)).user.id);
  focalPointEmails = [focalPoint.email, colleague.user.email].sort();
});

beforeEach(async () => {
  commitment = await createCommitment(db, member.id);
  await createPublishedUpdate(db, commitment.id, { status: "IN_PROGRESS", percentComplete: 40 });
});

/** A focal point's update waiting for review, with one evidence link. */
async function submittedUpdate(overrides: { evidence?: boolean } = {}) {
  return db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId: focalPoint.id,
      status: "SUBSTANTIALLY_COMPLETE",
      percentComplete: 85,
      narrative: "The training reached 450 peacekeepers.",
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
      evidence: overrides.evidence === false ? undefined : { create: { url: "https://example.org/report.pdf" } },
    },
  });
}

async function state(updateId: string) {
  const [update, commitmentRow, audit] = await Promise.all([
    db.progressUpdate.findUniqueOrThrow({ where: { id: updateId } }),
    db.commitment.findUniqueOrThrow({ where: { id: commitment.id } }),
    db.auditLog.count(),
  ]);
  return { update, commitment: commitmentRow, audit };
}

function mailsTo(email: string, subject: RegExp) {
  return mailbox().messages.filter((mail) => mail.to.includes(email) && subject.test(mail.subject));
}

describe("publishUpdate", () => {
  it("publishes for the secretariat: the update, the commitment's current state, an audit row and an email to each active focal point", async () => {
    const update = await submittedUpdate();
    const before = await state(update.id);
    const result = await publishUpdate(secretariat, {
      updateId: update.id,
      version: "1",
      evidenceVerified: "",
      comment: "",
    });
    expect(result).toEqual({ ok: true, updateId: update.id, commitmentSlug: commitment.slug });

    const after = await state(update.id);
    expect(after.update).toMatchObject({
      reviewState: "PUBLISHED",
      verification: "REVIEWED",
      reviewedById: secretariat.id,
      version: 2,
    });
    expect(after.update.publishedAt).toBeInstanceOf(Date);
    expect(after.commitment).toMatchObject({
      currentStatus: "SUBSTANTIALLY_COMPLETE",
      currentPercent: 85,
      lastPublishedAt: after.update.publishedAt,
      version: before.commitment.version + 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: update.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "progress_update.publish", actorId: secretariat.id, memberId: member.id });
    expect(audit.after).toMatchObject({ update: { reviewState: "PUBLISHED" }, commitment: { currentPercent: 85 } });

    for (const email of focalPointEmails) {
      const mail = await mailbox().waitFor((m) => m.to.includes(email) && m.subject.includes(commitment.title));
      expect(mail.subject).toBe(`Your update on “${commitment.title}” is published`);
      expect(mail.text).toContain(`/commitments/${commitment.slug}`);
    }
    expect(
      await db.emailLog.count({ where: { kind: "UPDATE_PUBLISHED", memberId: member.id, status: "SENT" } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("marks the milestones the update reports as reached, keeping the date of one reached before", async () => {
    const [first, second] = await Promise.all(
      ["Curriculum adopted", "Trainers certified"].map((title, sortOrder) =>
        db.milestone.create({ data: { commitmentId: commitment.id, title, sortOrder } }),
      ),
    );
    const earlier = new Date("2025-06-01T00:00:00Z");
    await db.milestone.update({ where: { id: first!.id }, data: { reachedOn: earlier } });
    const update = await submittedUpdate();
    await db.updateMilestone.createMany({
      data: [first!, second!].map((m) => ({ updateId: update.id, milestoneId: m.id })),
    });
    await publishUpdate(secretariat, { updateId: update.id, version: "1" });
    const day = new Date(update.submittedAt!.toISOString().slice(0, 10));
    expect((await db.milestone.findUniqueOrThrow({ where: { id: first!.id } })).reachedOn).toEqual(earlier);
    expect((await db.milestone.findUniqueOrThrow({ where: { id: second!.id } })).reachedOn).toEqual(day);
  });

  it("marks the evidence verified when the reviewer ticked it, and refuses that tick without evidence", async () => {
    const withEvidence = await submittedUpdate();
    await publishUpdate(secretariat, { updateId: withEvidence.id, version: "1", evidenceVerified: "on" });
    expect((await state(withEvidence.id)).update.verification).toBe("EVIDENCE_VERIFIED");

    const without = await submittedUpdate({ evidence: false });
    const result = await publishUpdate(secretariat, { updateId: without.id, version: "1", evidenceVerified: "on" });
    expect(result).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { evidenceVerified: ["evidenceVerified.noEvidence"] },
    });
    expect((await state(without.id)).update.reviewState).toBe("SUBMITTED");
  });

  it.each([
    ["a focal point of the member", () => focalPoint],
    ["another member's focal point", () => otherFocalPoint],
  ])("refuses %s, changes nothing and records the refusal", async (_label, who) => {
    const update = await submittedUpdate();
    const before = await state(update.id);
    await expect(publishUpdate(who(), { updateId: update.id, version: "1" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    const after = await state(update.id);
    expect(after.update).toEqual(before.update);
    expect(after.commitment).toEqual(before.commitment);
    expect(after.audit).toBe(before.audit + 1);
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
      actorId: who().id,
      entityId: update.id,
      after: { attempted: "progress_update.publish", reason: "not_secretariat" },
    });
  });

  it("refuses an anonymous caller and changes nothing", async () => {
    const update = await submittedUpdate();
    const before = await state(update.id);
    await expect(publishUpdate(null, { updateId: update.id, version: "1" })).rejects.toMatchObject({
      reason: "unauthenticated",
    });
    expect(await state(update.id)).toEqual(before);
  });

  it("refuses a secretariat account deactivated after its session began", async () => {
    const { user } = await createSecretariat(db);
    const stale = await sessionUserOf(user.id);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const update = await submittedUpdate();
    await expect(publishUpdate(stale, { updateId: update.id, version: "1" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect((await state(update.id)).update.reviewState).toBe("SUBMITTED");
  });

  it("answers not found for an unknown or malformed update id", async () => {
    expect(await publishUpdate(secretariat, { updateId: crypto.randomUUID(), version: "1" })).toEqual({
      ok: false,
      error: "not_found",
    });
    expect(await publishUpdate(secretariat, { updateId: "nope", version: "1" })).toEqual({
      ok: false,
      error: "not_found",
    });
  });
});

describe("returnUpdate", () => {
  it("returns with the comment, writes an audit row, and emails the comment to the focal points", async () => {
    const update = await submittedUpdate();
    const comment = `Please add the training report (${update.id.slice(0, 8)}).`;
    const result = await returnUpdate(secretariat, { updateId: update.id, version: "1", comment: `  ${comment}  ` });
    expect(result).toEqual({ ok: true, updateId: update.id });
    const after = await state(update.id);
    expect(after.update).toMatchObject({
      reviewState: "RETURNED",
      reviewComment: comment,
      reviewedById: secretariat.id,
      version: 2,
    });
    expect(after.update.publishedAt).toBeNull();
    // Nothing public changed.
    expect(after.commitment).toMatchObject({ currentStatus: "IN_PROGRESS", currentPercent: 40 });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityId: update.id }, orderBy: { id: "desc" } }),
    ).toMatchObject({
      action: "progress_update.return",
      after: { reviewState: "RETURNED", reviewComment: comment },
    });
    const mail = await mailbox().waitFor((m) => m.to.includes(focalPoint.email) && m.text.includes(comment));
    expect(mail.subject).toBe(`Your update on “${commitment.title}” was returned`);
    expect(mail.text).toContain(`/workspace/commitments/${commitment.slug}/update`);
  });

  it("requires a comment, in plain words, and changes nothing without one", async () => {
    const update = await submittedUpdate();
    expect(await returnUpdate(secretariat, { updateId: update.id, version: "1", comment: "   " })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { comment: ["comment.required"] },
    });
    expect((await state(update.id)).update.reviewState).toBe("SUBMITTED");
  });

  it("refuses a focal point and records the refusal", async () => {
    const update = await submittedUpdate();
    await expect(returnUpdate(focalPoint, { updateId: update.id, version: "1", comment: "x" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect((await state(update.id)).update.reviewState).toBe("SUBMITTED");
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
    });
  });
});

describe("two reviewers acting on the same update", () => {
  it("lets exactly one decision through; the other gets a conflict and writes nothing", async () => {
    const update = await submittedUpdate();
    const mailCount = mailbox().messages.length;
    const results = await Promise.all([
      publishUpdate(secretariat, { updateId: update.id, version: "1" }),
      returnUpdate(secondReviewer, { updateId: update.id, version: "1", comment: "Needs a source." }),
    ]);
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "conflict" }]);
    const after = await state(update.id);
    expect(after.update.version).toBe(2);
    expect(
      await db.auditLog.count({ where: { entityId: update.id, action: { startsWith: "progress_update." } } }),
    ).toBe(1);
    const published = after.update.reviewState === "PUBLISHED";
    expect(after.commitment.currentPercent).toBe(published ? 85 : 40);
    // Only the winner's email goes out (one per active focal point).
    await mailbox().waitFor((m) => m.subject.includes(commitment.title));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      mailbox()
        .messages.slice(mailCount)
        .filter((m) => m.subject.includes(commitment.title)),
    ).toHaveLength(2);
  });

  it("gives a conflict to a reviewer whose page shows an older version", async () => {
    const update = await submittedUpdate();
    await publishUpdate(secretariat, { updateId: update.id, version: "1" });
    expect(await publishUpdate(secondReviewer, { updateId: update.id, version: "1" })).toEqual({
      ok: false,
      error: "conflict",
    });
    expect(await returnUpdate(secondReviewer, { updateId: update.id, version: "2", comment: "Late." })).toEqual({
      ok: false,
      error: "wrong_state",
    });
    expect(mailsTo(focalPoint.email, /was returned/).some((m) => m.text.includes("Late."))).toBe(false);
  });
});

describe("verifyEvidence", () => {
  it("marks a published update's evidence verified, with an audit row", async () => {
    const update = await submittedUpdate();
    await publishUpdate(secretariat, { updateId: update.id, version: "1" });
    expect(await verifyEvidence(secretariat, { updateId: update.id, version: "2" })).toEqual({
      ok: true,
      updateId: update.id,
    });
    expect((await state(update.id)).update).toMatchObject({ verification: "EVIDENCE_VERIFIED", version: 3 });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { entityId: update.id }, orderBy: { id: "desc" } }),
    ).toMatchObject({
      action: "progress_update.verify_evidence",
      before: { verification: "REVIEWED" },
      after: { verification: "EVIDENCE_VERIFIED" },
    });
  });

  it("does not apply to a submitted update, or to one without evidence", async () => {
    const submitted = await submittedUpdate();
    expect(await verifyEvidence(secretariat, { updateId: submitted.id, version: "1" })).toEqual({
      ok: false,
      error: "wrong_state",
    });
    const bare = await submittedUpdate({ evidence: false });
    await publishUpdate(secretariat, { updateId: bare.id, version: "1" });
    expect(await verifyEvidence(secretariat, { updateId: bare.id, version: "2" })).toEqual({
      ok: false,
      error: "wrong_state",
    });
  });

  it("refuses a focal point and records the refusal", async () => {
    const update = await submittedUpdate();
    await publishUpdate(secretariat, { updateId: update.id, version: "1" });
    await expect(verifyEvidence(focalPoint, { updateId: update.id, version: "2" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect((await state(update.id)).update.verification).toBe("REVIEWED");
  });
});
