// The secretariat's register (members, themes, meetings, commitments, focal points) against the real database:
// the secretariat's writes land with their audit row, and a focal point's are refused, recorded, and change nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createUserSession } from "@/lib/auth/user-sessions";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { approveCommitment } from "./approve-commitment";
import { deactivateFocalPoints } from "./deactivate-focal-points";
import { discontinueCommitment } from "./discontinue-commitment";
import { moveTheme } from "./move-theme";
import { reactivateFocalPoint } from "./reactivate-focal-point";
import { reassignFocalPoint } from "./reassign-focal-point";
import { returnProposal } from "./return-proposal";
import { saveMeeting } from "./save-meeting";
import { saveMember } from "./save-member";
import { saveTheme } from "./save-theme";

// getSessionUser() as the app calls it, over a session whose claims a test sets (there is no request here).
const session = vi.hoisted(() => ({ claims: null as null | Record<string, unknown> }));
vi.mock("next-auth/next", () => ({ getServerSession: async () => session.claims }));

let secretariat: SessionUser;
let focalPoint: SessionUser;
let memberId: string;

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  const member = await createMember(db);
  memberId = member.id;
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
});

const unique = () => crypto.randomUUID().slice(0, 8);

async function lastAudit() {
  return db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
}

/** Expects a focal point's attempt to be refused, recorded in the audit log, and to leave `count` unchanged. */
async function expectRefused(attempt: () => Promise<unknown>, count: () => Promise<number>, attempted: string) {
  const before = await count();
  await expect(attempt()).rejects.toBeInstanceOf(AuthorizationError);
  expect(await count()).toBe(before);
  expect(await lastAudit()).toMatchObject({
    action: "authorization.refused",
    actorId: focalPoint.id,
    after: { attempted, reason: "not_secretariat" },
  });
}

describe("members", () => {
  const fields = (name: string) => ({
    name,
    kind: "MEMBER_STATE",
    isoCode: "swe",
    regionalGroup: "WESTERN_EUROPEAN_OTHERS",
    slug: "",
  });

  it("creates and edits a member as the secretariat, with audit rows", async () => {
    const name = `Sweden ${unique()}`;
    const created = await saveMember(secretariat, fields(name));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.member.findUniqueOrThrow({ where: { id: created.memberId } });
    expect(row).toMatchObject({
      name,
      isoCode: "SWE",
      kind: "MEMBER_STATE",
      slug: name.toLowerCase().replace(" ", "-"),
    });
    expect(await lastAudit()).toMatchObject({
      action: "member.create",
      actorId: secretariat.id,
      entityId: row.id,
      memberId: row.id,
    });

    const edited = await saveMember(secretariat, {
      ...fields(name),
      id: row.id,
      updatedAt: row.updatedAt.toISOString(),
      shortName: "SE",
    });
    expect(edited).toMatchObject({ ok: true, created: false });
    expect((await db.member.findUniqueOrThrow({ where: { id: row.id } })).shortName).toBe("SE");
    expect(await lastAudit()).toMatchObject({
      action: "member.update",
      before: { shortName: null },
      after: { shortName: "SE" },
    });
  });

  it("refuses to overwrite an edit someone else saved first", async () => {
    const created = await saveMember(secretariat, fields(`Norway ${unique()}`));
    if (!created.ok) throw new Error("not created");
    const shown = await db.member.findUniqueOrThrow({ where: { id: created.memberId } });
    await saveMember(secretariat, {
      ...fields(shown.name),
      id: shown.id,
      updatedAt: shown.updatedAt.toISOString(),
      shortName: "First",
    });
    const second = await saveMember(secretariat, {
      ...fields(shown.name),
      id: shown.id,
      updatedAt: shown.updatedAt.toISOString(),
      shortName: "Second",
    });
    expect(second).toEqual({ ok: false, error: "conflict" });
    expect((await db.member.findUniqueOrThrow({ where: { id: shown.id } })).shortName).toBe("First");
  });

  it("explains an unknown ISO code and a taken slug, and writes nothing", async () => {
    const count = await db.member.count();
    expect(await saveMember(secretariat, { ...fields("Atlantis"), isoCode: "ATL" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { isoCode: ["isoCode.unknown"] },
    });
    const existing = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    expect(await saveMember(secretariat, { ...fields("Copy"), slug: existing.slug })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { slug: ["slug.taken"] },
    });
    expect(await db.member.count()).toBe(count);
  });

  it("refuses a focal point", async () => {
    await expectRefused(
      () => saveMember(focalPoint, fields(`Rogue ${unique()}`)),
      () => db.member.count(),
      "member.create",
    );
  });
});

describe("themes", () => {
  it("creates a theme at the end of the list and moves it up", async () => {
    await saveTheme(secretariat, { name: `Theme ${unique()}` });
    const created = await saveTheme(secretariat, { name: `Theme ${unique()}`, slug: "", description: "" });
    if (!created.ok) throw new Error("not created");
    const order = async () =>
      (await db.theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true } })).map((t) => t.id);
    expect((await order()).at(-1)).toBe(created.themeId);
    expect(await moveTheme(secretariat, { themeId: created.themeId, direction: "up" })).toEqual({ ok: true });
    expect((await order()).at(-2)).toBe(created.themeId);
    expect(await lastAudit()).toMatchObject({ action: "theme.reorder", entityId: created.themeId });
  });

  it("refuses a focal point", async () => {
    await expectRefused(
      () => saveTheme(focalPoint, { name: "Rogue theme" }),
      () => db.theme.count(),
      "theme.create",
    );
    const theme = await db.theme.findFirstOrThrow();
    await expectRefused(
      () => moveTheme(focalPoint, { themeId: theme.id, direction: "up" }),
      () => db.theme.count(),
      "theme.reorder",
    );
  });
});

describe("meetings", () => {
  const meeting = (overrides: Record<string, unknown> = {}) => ({
    title: `Capital-level meeting ${unique()}`,
    slug: "",
    kind: "CAPITAL_LEVEL",
    city: "Oslo",
    country: "Norway",
    startDate: "2019-04-09",
    endDate: "2019-04-10",
    theme: "",
    sourceTitle: "",
    parentMeetingId: "",
    chairId: memberId,
    coOrganiserIds: [],
    ...overrides,
  });

  it("creates a meeting with its chair and co-organisers", async () => {
    const coOrganiser = await createMember(db);
    const created = await saveMeeting(secretariat, meeting({ coOrganiserIds: [coOrganiser.id] }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const organisers = await db.meetingOrganiser.findMany({
      where: { meetingId: created.meetingId },
      orderBy: { role: "asc" },
    });
    expect(organisers.map((o) => [o.memberId, o.role])).toEqual([
      [memberId, "CHAIR"],
      [coOrganiser.id, "CO_ORGANISER"],
    ]);
    expect(await lastAudit()).toMatchObject({ action: "meeting.create", entityId: created.meetingId });
  });

  it("explains dates in the wrong order and a chair also listed as co-organiser", async () => {
    expect(await saveMeeting(secretariat, meeting({ endDate: "2019-04-01", coOrganiserIds: [memberId] }))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { endDate: ["endDate.beforeStart"], coOrganiserIds: ["coOrganiserIds.includesChair"] },
    });
  });

  it("refuses a focal point", async () => {
    await expectRefused(
      () => saveMeeting(focalPoint, meeting()),
      () => db.meeting.count(),
      "meeting.create",
    );
  });
});

describe("commitments and proposals", () => {
  it("approves a proposal, which then refuses a second decision on the old version", async () => {
    const proposal = await createCommitment(db, memberId, { approval: "PROPOSED", proposedById: focalPoint.id });
    expect(await approveCommitment(secretariat, { commitmentId: proposal.id, version: "1" })).toEqual({
      ok: true,
      slug: proposal.slug,
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      approval: "APPROVED",
      version: 2,
    });
    expect(await lastAudit()).toMatchObject({
      action: "commitment.approve",
      memberId,
      after: { approval: "APPROVED" },
    });
    expect(await returnProposal(secretariat, { commitmentId: proposal.id, version: "1", comment: "Too late" })).toEqual(
      {
        ok: false,
        error: "conflict",
      },
    );
  });

  it("returns a proposal only with a comment", async () => {
    const proposal = await createCommitment(db, memberId, { approval: "PROPOSED" });
    expect(await returnProposal(secretariat, { commitmentId: proposal.id, version: "1", comment: "" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { comment: ["comment.required"] },
    });
    expect(
      await returnProposal(secretariat, {
        commitmentId: proposal.id,
        version: "1",
        comment: "Name the ministry in charge.",
      }),
    ).toEqual({
      ok: true,
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      approval: "RETURNED",
      approvalComment: "Name the ministry in charge.",
    });
  });

  it("discontinues an approved commitment with a reason, version-checked", async () => {
    const commitment = await createCommitment(db, memberId);
    expect(
      await discontinueCommitment(secretariat, { commitmentId: commitment.id, version: "1", reason: " " }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { reason: ["reason.required"] },
    });
    const reason = "The programme was merged into the national action plan.";
    expect(await discontinueCommitment(secretariat, { commitmentId: commitment.id, version: "1", reason })).toEqual({
      ok: true,
      slug: commitment.slug,
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      currentStatus: "DISCONTINUED",
      discontinuedReason: reason,
      version: 2,
    });
    expect(await lastAudit()).toMatchObject({
      action: "commitment.discontinue",
      after: { discontinuedReason: reason },
    });
    expect(await discontinueCommitment(secretariat, { commitmentId: commitment.id, version: "1", reason })).toEqual({
      ok: false,
      error: "conflict",
    });
  });

  it("refuses a focal point, even on their own member's proposal", async () => {
    const proposal = await createCommitment(db, memberId, { approval: "PROPOSED" });
    const approved = () => db.commitment.count({ where: { id: proposal.id, approval: "APPROVED" } });
    await expectRefused(
      () => approveCommitment(focalPoint, { commitmentId: proposal.id, version: "1" }),
      approved,
      "commitment.approve",
    );
    await expectRefused(
      () => discontinueCommitment(focalPoint, { commitmentId: proposal.id, version: "1", reason: "x" }),
      approved,
      "commitment.discontinue",
    );
  });
});

describe("focal points", () => {
  const now = () => Math.floor(Date.now() / 1000);

  it("deactivation ends the focal point's sessions at once; reactivation lets them sign in again", async () => {
    const { getSessionUser } = await import("@/lib/auth/session");
    const person = (await createFocalPoint(db, memberId)).user;
    const signIn = async (sessionVersion: number) => {
      const started = await createUserSession({ userId: person.id, ip: "127.0.0.1" });
      session.claims = { userId: person.id, sessionVersion, signedInAt: now(), sid: started.id };
    };
    await signIn(person.sessionVersion);
    expect(await getSessionUser()).toMatchObject({ id: person.id });

    expect(await deactivateFocalPoints(secretariat, { userIds: [person.id] })).toEqual({ ok: true, deactivated: 1 });
    expect(await getSessionUser()).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row).toMatchObject({ active: false, sessionVersion: person.sessionVersion + 1 });
    expect(await lastAudit()).toMatchObject({
      action: "user.deactivate",
      entityId: person.id,
      memberId,
      after: { active: false },
    });

    expect(await reactivateFocalPoint(secretariat, { userId: person.id })).toEqual({ ok: true });
    // The old session stays ended; a new sign-in (with the new session version) works.
    expect(await getSessionUser()).toBeNull();
    await signIn(row.sessionVersion);
    expect(await getSessionUser()).toMatchObject({ id: person.id });
    session.claims = null;
  });

  it("deactivates several ticked focal points at once, and only focal points", async () => {
    const people = await Promise.all([createFocalPoint(db, memberId), createFocalPoint(db, memberId)]);
    const ids = [...people.map((p) => p.user.id), secretariat.id];
    expect(await deactivateFocalPoints(secretariat, { userIds: ids })).toEqual({ ok: true, deactivated: 2 });
    expect(await db.user.count({ where: { id: { in: ids }, active: false } })).toBe(2);
    expect(await deactivateFocalPoints(secretariat, { userIds: [] })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { userIds: ["userIds.none"] },
    });
  });

  it("moves a focal point to another member", async () => {
    const person = (await createFocalPoint(db, memberId)).user;
    const other = await createMember(db);
    expect(await reassignFocalPoint(secretariat, { userId: person.id, memberId: other.id })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).memberId).toBe(other.id);
    expect(await lastAudit()).toMatchObject({
      action: "user.reassign",
      before: { memberId },
      after: { memberId: other.id },
    });
  });

  it("refuses a focal point deactivating a colleague", async () => {
    const colleague = (await createFocalPoint(db, memberId)).user;
    const active = () => db.user.count({ where: { id: colleague.id, active: true } });
    await expectRefused(
      () => deactivateFocalPoints(focalPoint, { userIds: [colleague.id] }),
      active,
      "user.deactivate",
    );
    await expectRefused(
      () => reassignFocalPoint(focalPoint, { userId: colleague.id, memberId }),
      active,
      "user.reassign",
    );
  });
});
