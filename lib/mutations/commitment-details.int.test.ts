// Proposing a commitment and editing a commitment's details, against real PostgreSQL: what is written and audited,
// who may do it, and truly concurrent edits.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { emptyCommitmentDetails, type CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { editCommitment } from "./edit-commitment";
import { proposeCommitment } from "./propose-commitment";

let member: { id: string; slug: string };
let own: SessionUser;
let colleague: SessionUser;
let other: SessionUser;
let secretariat: SessionUser;
let themes: { id: string }[];
let meeting: { id: string };
let commitment: { id: string; slug: string; meetingId: string };
let milestones: { id: string }[];

beforeAll(async () => {
  member = await createMember(db);
  const otherMember = await createMember(db);
  own = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  colleague = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  other = await sessionUserOf((await createFocalPoint(db, otherMember.id)).user.id);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  const suffix = crypto.randomUUID().slice(0, 8);
  themes = await Promise.all(
    ["a", "b", "c"].map((name) =>
      db.theme.create({ data: { slug: `details-${name}-${suffix}`, name: `Theme ${name} ${suffix}` } }),
    ),
  );
  meeting = await db.meeting.create({
    data: {
      slug: `details-meeting-${suffix}`,
      title: "Details test meeting",
      kind: "CAPITAL_LEVEL",
      city: "Test",
      country: "Test",
      startDate: new Date("2024-04-01"),
      endDate: new Date("2024-04-02"),
    },
  });
});

beforeEach(async () => {
  commitment = await createCommitment(db, member.id, {
    themeIds: [themes[0]!.id],
    sourceExcerpt: "The representative said, verbatim.",
    targetDate: new Date("2026-12-31"),
  });
  milestones = await Promise.all(
    ["Draft law", "Law adopted"].map((title, sortOrder) =>
      db.milestone.create({ data: { commitmentId: commitment.id, title, sortOrder } }),
    ),
  );
});

function proposal(overrides: Partial<CommitmentDetailsFormValues> = {}): CommitmentDetailsFormValues {
  return {
    ...emptyCommitmentDetails(),
    title: "Train 200 women mediators",
    description: "A national programme for women mediators.",
    themeIds: [themes[0]!.id, themes[1]!.id],
    pillars: ["PARTICIPATION", "PREVENTION"],
    meetingId: meeting.id,
    targetDate: "2030-12-31",
    milestones: [{ id: "", title: "Curriculum agreed", dueDate: "2029-01-31", remove: false }],
    indicatorName: "Women mediators trained",
    indicatorBaseline: "0",
    indicatorTarget: "200",
    indicatorUnit: "people",
    ...overrides,
  };
}

function edit(overrides: Partial<CommitmentDetailsFormValues> = {}): CommitmentDetailsFormValues {
  return {
    ...emptyCommitmentDetails(),
    title: "Test commitment, clearer title",
    description: "A clearer description.",
    themeIds: [themes[1]!.id, themes[2]!.id],
    targetDate: "2027-06-30",
    milestones: [
      { id: milestones[0]!.id, title: "Draft law tabled", dueDate: "2026-03-01", remove: false },
      { id: milestones[1]!.id, title: "Law adopted", dueDate: "", remove: true },
      { id: "", title: "Regulations issued", dueDate: "2027-01-15", remove: false },
    ],
    indicatorName: "Laws adopted",
    indicatorBaseline: "0",
    indicatorTarget: "1.5",
    indicatorUnit: "laws",
    ...overrides,
  };
}

async function counts() {
  const [commitments, milestoneRows, themeLinks, audit, refusals] = await Promise.all([
    db.commitment.count(),
    db.milestone.count(),
    db.commitmentTheme.count(),
    db.auditLog.count(),
    db.auditLog.count({ where: { action: "authorization.refused" } }),
  ]);
  return { commitments, milestones: milestoneRows, themeLinks, audit, refusals };
}

describe("proposeCommitment", () => {
  it("creates a PROPOSED commitment for the proposer's own member, with a unique slug, and audits it", async () => {
    const first = await proposeCommitment(own, { values: proposal() });
    const second = await proposeCommitment(colleague, { values: proposal() });
    if (!first.ok || !second.ok) throw new Error("expected success");
    expect(first.commitment.slug).toBe(`${member.slug}-train-200-women-mediators`);
    expect(second.commitment.slug).toBe(`${member.slug}-train-200-women-mediators-2`);

    const row = await db.commitment.findUniqueOrThrow({
      where: { id: first.commitment.id },
      include: { themes: true, milestones: true },
    });
    expect(row).toMatchObject({
      memberId: member.id,
      meetingId: meeting.id,
      approval: "PROPOSED",
      proposedById: own.id,
      title: "Train 200 women mediators",
      pillars: ["PARTICIPATION", "PREVENTION"],
      targetDate: new Date("2030-12-31T00:00:00Z"),
      indicatorUnit: "people",
      currentStatus: null,
      sourceExcerpt: null,
      version: 1,
    });
    expect(row.indicatorTarget?.toString()).toBe("200");
    expect(row.themes.map((t) => t.themeId).sort()).toEqual([themes[0]!.id, themes[1]!.id].sort());
    expect(row.milestones.map((m) => m.title)).toEqual(["Curriculum agreed"]);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: first.commitment.id } })).toMatchObject({
      action: "commitment.propose",
      actorId: own.id,
      memberId: member.id,
      after: { approval: "PROPOSED", title: "Train 200 women mediators" },
    });
  });

  it("never takes the member from the form", async () => {
    const posted = { values: proposal(), memberId: crypto.randomUUID() };
    const result = await proposeCommitment(own, posted);
    if (!result.ok) throw new Error("expected success");
    expect((await db.commitment.findUniqueOrThrow({ where: { id: result.commitment.id } })).memberId).toBe(member.id);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const before = await counts();
    const result = await proposeCommitment(own, {
      values: proposal({
        title: "",
        themeIds: [crypto.randomUUID()],
        meetingId: crypto.randomUUID(),
        targetDate: "2001-01-01",
      }),
    });
    expect(result).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { title: ["title.required"], targetDate: ["targetDate.past"] },
    });
    // References are checked once the fields themselves are valid.
    expect(
      await proposeCommitment(own, {
        values: proposal({ themeIds: [crypto.randomUUID()], meetingId: crypto.randomUUID() }),
      }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { themeIds: ["themes.unknown"], meetingId: ["meeting.required"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses the secretariat (logged) and anonymous callers, writing nothing else", async () => {
    const before = await counts();
    await expect(proposeCommitment(secretariat, { values: proposal() })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(proposeCommitment(null, { values: proposal() })).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, refusals: before.refusals + 1 });
  });
});

describe("editCommitment", () => {
  it("saves title, description, themes, target date, milestones and indicator, and audits before and after", async () => {
    const result = await editCommitment(own, { commitmentId: commitment.id, version: "1", values: edit() });
    expect(result).toMatchObject({ ok: true, version: 2 });
    const row = await db.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      include: { themes: true, milestones: { orderBy: { sortOrder: "asc" } } },
    });
    expect(row).toMatchObject({
      title: "Test commitment, clearer title",
      description: "A clearer description.",
      targetDate: new Date("2027-06-30T00:00:00Z"),
      indicatorName: "Laws adopted",
      indicatorUnit: "laws",
      version: 2,
      // Never edited here.
      sourceExcerpt: "The representative said, verbatim.",
      meetingId: commitment.meetingId,
      pillars: ["PARTICIPATION"],
      approval: "APPROVED",
    });
    expect(row.indicatorTarget?.toString()).toBe("1.5");
    expect(row.themes.map((t) => t.themeId).sort()).toEqual([themes[1]!.id, themes[2]!.id].sort());
    expect(row.milestones.map((m) => [m.title, m.dueDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Draft law tabled", "2026-03-01"],
      ["Regulations issued", "2027-01-15"],
    ]);
    expect(row.milestones[0]!.id).toBe(milestones[0]!.id);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: commitment.id, action: "commitment.edit" } });
    expect(audit).toMatchObject({ actorId: own.id, memberId: member.id });
    expect(audit.before).toMatchObject({ version: 1, targetDate: "2026-12-31", themeIds: [themes[0]!.id] });
    expect(audit.after).toMatchObject({
      version: 2,
      title: "Test commitment, clearer title",
      targetDate: "2027-06-30",
    });
  });

  it("sends a returned proposal back for approval when it is edited", async () => {
    const returned = await createCommitment(db, member.id, {
      approval: "RETURNED",
      approvalComment: "Add a target date.",
    });
    expect(
      await editCommitment(colleague, { commitmentId: returned.id, version: "1", values: edit({ milestones: [] }) }),
    ).toMatchObject({ ok: true });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: returned.id } })).approval).toBe("PROPOSED");
  });

  it("refuses to remove a milestone that an update reported as reached", async () => {
    const update = await db.progressUpdate.create({
      data: { commitmentId: commitment.id, authorId: own.id, status: "IN_PROGRESS", narrative: "x" },
    });
    await db.updateMilestone.create({ data: { updateId: update.id, milestoneId: milestones[1]!.id } });
    const before = await counts();
    expect(await editCommitment(own, { commitmentId: commitment.id, version: "1", values: edit() })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { "milestones.1.title": ["milestones.inUse"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a milestone id of another commitment", async () => {
    const foreign = await db.milestone.create({
      data: { commitmentId: (await createCommitment(db, member.id)).id, title: "Foreign" },
    });
    expect(
      await editCommitment(own, {
        commitmentId: commitment.id,
        version: "1",
        values: edit({ milestones: [{ id: foreign.id, title: "Hijacked", dueDate: "", remove: false }] }),
      }),
    ).toEqual({ ok: false, error: "invalid", fieldErrors: { milestones: ["milestones.unknown"] } });
    expect((await db.milestone.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe("Foreign");
  });

  it.each([
    ["another member's focal point", () => other],
    ["the secretariat", () => secretariat],
  ])("refuses %s, logs the refusal and changes nothing else", async (_label, actor) => {
    const before = await counts();
    await expect(
      editCommitment(actor(), { commitmentId: commitment.id, version: "1", values: edit() }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1, refusals: before.refusals + 1 });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).version).toBe(1);
  });

  it("refuses anonymous callers without logging", async () => {
    const before = await counts();
    await expect(
      editCommitment(null, { commitmentId: commitment.id, version: "1", values: edit() }),
    ).rejects.toMatchObject({
      reason: "unauthenticated",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a save over a newer version, showing what changed and writing nothing", async () => {
    expect(await editCommitment(own, { commitmentId: commitment.id, version: "1", values: edit() })).toMatchObject({
      ok: true,
    });
    const before = await counts();
    const stale = await editCommitment(colleague, {
      commitmentId: commitment.id,
      version: "1",
      values: edit({ description: "My own description.", milestones: [] }),
    });
    expect(stale).toEqual({
      ok: false,
      error: "conflict",
      conflict: {
        version: 2,
        changes: [
          { field: "description", theirs: ["A clearer description."], mine: ["My own description."] },
          {
            field: "milestones",
            theirs: ["Draft law tabled · 2026-03-01", "Regulations issued · 2027-01-15"],
            mine: [],
          },
        ],
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("lets exactly one of many truly concurrent edits of the same version win; the others get the conflict and keep their input", async () => {
    const N = 6;
    const attempts = Array.from({ length: N }, (_, i) =>
      edit({ description: `Description from editor ${i}`, indicatorTarget: String(10 + i) }),
    );
    const actors = [own, colleague];
    const results = await Promise.all(
      attempts.map((values, i) =>
        editCommitment(actors[i % 2]!, { commitmentId: commitment.id, version: "1", values }),
      ),
    );
    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    const row = await db.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      include: { milestones: true, themes: true },
    });
    expect(row).toMatchObject({ version: 2, description: `Description from editor ${winner}` });
    expect(row.indicatorTarget?.toString()).toBe(String(10 + winner));
    // The winner's lists are stored exactly once (no loser touched them).
    expect(row.milestones.map((m) => m.title).sort()).toEqual(["Draft law tabled", "Regulations issued"]);
    expect(row.themes).toHaveLength(2);
    results.forEach((result, i) => {
      if (i === winner) return;
      expect(result).toEqual({
        ok: false,
        error: "conflict",
        conflict: {
          version: 2,
          changes: [
            {
              field: "description",
              theirs: [`Description from editor ${winner}`],
              mine: [`Description from editor ${i}`],
            },
            { field: "indicatorTarget", theirs: [String(10 + winner)], mine: [String(10 + i)] },
          ],
        },
      });
    });
    expect(await db.auditLog.count({ where: { entityId: commitment.id, action: "commitment.edit" } })).toBe(1);
  });
});
