// Running a reporting cycle: create, open (one at a time), move the due date, close — and the closed cycle's report
// frozen, so that a later update does not change it. Cycles are far in the future, in years of their own, away from
// other tests' dates and from earlier runs on the same database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { computeCycleReport } from "@/lib/data/secretariat/reporting/compute-cycle-report";
import { getCycleReport } from "@/lib/data/secretariat/reporting/get-cycle-report";
import { computeFreshness } from "@/lib/domain/freshness";
import { readSnapshot, viewReport } from "@/lib/domain/report-snapshot";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { closeReportingCycle } from "./close-reporting-cycle";
import { createReportingCycle } from "./create-reporting-cycle";
import { openReportingCycle } from "./open-reporting-cycle";
import { updateReportingCycleDueDate } from "./update-reporting-cycle";

let secretariat: SessionUser;
let focalPoint: SessionUser;
let suffix: string;
let member: { id: string; slug: string; name: string };
let silentMember: { slug: string };
let commitments: { reported: { id: string }; later: { id: string } };
let themeSlug: string;
let parked: string[];
// Cycles may not overlap, and integration files share one database: each file that makes cycles keeps to years of
// its own (the authorization matrix from 2200, this file 2400–5402, the dashboard reads 5500–9502).
const Y = 2400 + Math.floor(Math.random() * 3000);
/** A day in year Y + offset: d(0, "04-01") is April 1 of year Y. */
const d = (offset: number, monthDay: string) => `${Y + offset}-${monthDay}`;

beforeAll(async () => {
  suffix = crypto.randomUUID().slice(0, 8);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  member = await createMember(db, { name: `Cycle Member ${suffix}` });
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const theme = await db.theme.create({
    data: { slug: `cycles-${suffix}`, name: `Cycles theme ${suffix}`, sortOrder: 99 },
  });
  themeSlug = theme.slug;
  commitments = {
    reported: await createCommitment(db, member.id, { themeIds: [theme.id] }),
    later: await createCommitment(db, member.id, { themeIds: [theme.id] }),
  };
  silentMember = await createMember(db, { name: `Silent Member ${suffix}` });
  await createCommitment(db, (silentMember as { id: string } & typeof silentMember).id);
  // One cycle is open at a time: other test files may have left one open. Parked here, restored afterwards.
  parked = (await db.reportingCycle.findMany({ where: { state: "OPEN" }, select: { id: true } })).map((c) => c.id);
  await db.reportingCycle.updateMany({ where: { id: { in: parked } }, data: { state: "PLANNED" } });
});

afterAll(async () => {
  await db.reportingCycle.updateMany({ where: { id: { in: parked } }, data: { state: "OPEN" } });
});

const fields = (overrides: Record<string, string> = {}) => ({
  name: `Cycle ${suffix}`,
  slug: "",
  startsOn: d(0, "04-01"),
  endsOn: d(1, "03-31"),
  dueOn: d(1, "03-01"),
  ...overrides,
});

describe("creating a reporting cycle", () => {
  let created: { id: string; slug: string };

  it("creates a planned cycle, with its audit row", async () => {
    const result = await createReportingCycle(secretariat, fields());
    if (!result.ok) throw new Error(JSON.stringify(result));
    created = result.cycle;
    expect(created.slug).toBe(`cycle-${suffix}`);
    expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      state: "PLANNED",
      snapshot: null,
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "reporting_cycle.create", entityId: created.id } }),
    ).toMatchObject({
      actorId: secretariat.id,
    });
  });

  it("refuses overlapping dates, a taken slug and bad input, changing nothing", async () => {
    const count = await db.reportingCycle.count();
    expect(
      await createReportingCycle(
        secretariat,
        fields({ name: "Overlap", startsOn: d(1, "01-01"), endsOn: d(1, "12-31"), dueOn: d(1, "06-01") }),
      ),
    ).toEqual({
      ok: false,
      error: "overlap",
      other: { name: `Cycle ${suffix}` },
    });
    expect(
      await createReportingCycle(
        secretariat,
        fields({ startsOn: d(2, "04-01"), endsOn: d(3, "03-31"), dueOn: d(3, "03-01") }),
      ),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { slug: ["slug.taken"] },
    });
    expect(await createReportingCycle(secretariat, fields({ endsOn: d(0, "01-01") }))).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await db.reportingCycle.count()).toBe(count);
  });

  it("is refused to a focal point (recorded) and to nobody", async () => {
    await expect(createReportingCycle(focalPoint, fields({ name: "Mine" }))).rejects.toMatchObject({
      reason: "forbidden",
    });
    await expect(createReportingCycle(null, fields({ name: "Mine" }))).rejects.toMatchObject({
      reason: "unauthenticated",
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "authorization.refused", actorId: focalPoint.id } }),
    ).toMatchObject({
      after: expect.objectContaining({ attempted: "reporting_cycle.create" }),
    });
  });

  describe("then running it", () => {
    let next: { id: string };

    it("opens it, and only one cycle at a time", async () => {
      expect(await openReportingCycle(secretariat, { cycleId: created.id })).toMatchObject({ ok: true });
      const other = await createReportingCycle(
        secretariat,
        fields({ name: `Next ${suffix}`, startsOn: d(1, "04-01"), endsOn: d(2, "03-31"), dueOn: d(2, "03-01") }),
      );
      if (!other.ok) throw new Error(JSON.stringify(other));
      next = other.cycle;
      expect(await openReportingCycle(secretariat, { cycleId: next.id })).toEqual({
        ok: false,
        error: "another_open",
        other: { name: `Cycle ${suffix}` },
      });
      expect(await openReportingCycle(secretariat, { cycleId: created.id })).toEqual({
        ok: false,
        error: "not_planned",
        state: "OPEN",
      });
    });

    it("moves the due date within the cycle only", async () => {
      expect(
        await updateReportingCycleDueDate(secretariat, { cycleId: created.id, dueOn: d(1, "02-15") }),
      ).toMatchObject({ ok: true });
      expect(await updateReportingCycleDueDate(secretariat, { cycleId: created.id, dueOn: d(2, "01-01") })).toEqual({
        ok: false,
        error: "invalid",
        fieldErrors: { dueOn: ["dueOn.outsideCycle"] },
      });
      expect((await db.reportingCycle.findUniqueOrThrow({ where: { id: created.id } })).dueOn).toEqual(
        new Date(`${d(1, "02-15")}T00:00:00Z`),
      );
    });

    it("closes it, freezing the report's figures in the same transaction", async () => {
      await createPublishedUpdate(db, commitments.reported.id, {
        cycleId: created.id,
        status: "SUBSTANTIALLY_COMPLETE",
        percentComplete: 80,
      });
      const closedAt = new Date();
      const result = await closeReportingCycle(secretariat, { cycleId: created.id }, closedAt);
      expect(result).toMatchObject({ ok: true });
      const stored = await db.reportingCycle.findUniqueOrThrow({ where: { id: created.id } });
      expect(stored).toMatchObject({ state: "CLOSED", closedAt });
      const snapshot = readSnapshot(stored.snapshot);
      expect(snapshot?.asOf).toBe(closedAt.toISOString());
      const mine = viewReport(snapshot!, { member: member.slug })!;
      expect(mine.headline).toMatchObject({ commitments: 2, reported: 1, updatesPublished: 1, membersSilent: 0 });
      expect(mine.totals.status.SUBSTANTIALLY_COMPLETE).toBe(1);
      expect(viewReport(snapshot!, { theme: themeSlug })!.headline.commitments).toBe(2);
      expect(snapshot!.members.find((m) => m.slug === silentMember.slug)?.tally).toMatchObject({
        commitments: 1,
        reported: 0,
      });
      expect(snapshot!.excerpts.some((e) => e.memberSlug === member.slug)).toBe(true);
      expect(
        await db.auditLog.findFirst({ where: { action: "reporting_cycle.close", entityId: created.id } }),
      ).toMatchObject({
        before: { state: "OPEN" },
        after: expect.objectContaining({ state: "CLOSED" }),
      });
      expect(await closeReportingCycle(secretariat, { cycleId: created.id })).toEqual({
        ok: false,
        error: "not_open",
        state: "CLOSED",
      });
    });

    it("shows the same numbers afterwards, whatever is published later", async () => {
      const before = await getCycleReport(secretariat, created.slug);
      expect(before?.source).toBe("snapshot");
      // A late update filed for the closed cycle, and a change of status on the reported commitment.
      await createPublishedUpdate(db, commitments.later.id, {
        cycleId: created.id,
        status: "COMPLETED",
        percentComplete: 100,
      });
      await createPublishedUpdate(db, commitments.reported.id, {
        cycleId: created.id,
        status: "COMPLETED",
        percentComplete: 100,
      });
      const after = await getCycleReport(secretariat, created.slug);
      expect(after).toEqual(before);
      expect(viewReport(after!.data, { member: member.slug })!.headline).toMatchObject({ reported: 1, completed: 0 });
      // The live figures did move: the snapshot is what kept the report still.
      const cycleRow = await db.reportingCycle.findUniqueOrThrow({ where: { id: created.id } });
      const live = viewReport(await computeCycleReport(db, cycleRow, new Date()), { member: member.slug })!;
      expect(live.headline).toMatchObject({ reported: 2, completed: 2 });
    });

    it("keeps the report for the secretariat: refused to a focal point (recorded) and to nobody", async () => {
      await expect(getCycleReport(focalPoint, created.slug)).rejects.toMatchObject({ reason: "forbidden" });
      await expect(getCycleReport(null, created.slug)).rejects.toMatchObject({ reason: "unauthenticated" });
      expect(
        await db.auditLog.findFirst({
          where: { action: "authorization.refused", actorId: focalPoint.id, entityId: created.slug },
        }),
      ).toMatchObject({
        after: expect.objectContaining({ attempted: "reporting_cycle.report", reason: "not_secretariat" }),
      });
    });

    it("never reopens a closed cycle nor changes its due date", async () => {
      expect(await openReportingCycle(secretariat, { cycleId: created.id })).toEqual({
        ok: false,
        error: "not_planned",
        state: "CLOSED",
      });
      expect(await updateReportingCycleDueDate(secretariat, { cycleId: created.id, dueOn: d(1, "02-01") })).toEqual({
        ok: false,
        error: "closed",
      });
      expect(await openReportingCycle(secretariat, { cycleId: next.id })).toMatchObject({ ok: true });
      await db.reportingCycle.update({ where: { id: next.id }, data: { state: "CLOSED", closedAt: new Date() } });
    });
  });
});

describe("the report's freshness", () => {
  it("counts each commitment as lib/domain/freshness.ts would, with the cycle as the current one", async () => {
    const cycles = await db.reportingCycle.findMany({
      where: { slug: { in: [`cycle-${suffix}`, `next-${suffix}`] } },
      orderBy: { startsOn: "asc" },
    });
    const [previous, current] = cycles as [(typeof cycles)[number], (typeof cycles)[number]];
    const asOf = new Date(`${d(2, "03-10")}T00:00:00Z`);
    const data = await computeCycleReport(db, current, asOf);
    const silent = data.members.find((m) => m.slug === silentMember.slug)!;
    // Nothing published ever, pledged long before: silent in this cycle and the one before.
    expect(
      computeFreshness({
        today: asOf,
        pledgedOn: new Date("2018-04-09T00:00:00Z"),
        lastPublishedAt: null,
        cycles: { current, previous },
      }),
    ).toBe("INACTIVE");
    expect(silent.tally.freshness).toEqual({ REPORTED: 0, DUE: 0, NOT_REPORTED: 0, INACTIVE: 1 });
    // Its updates were published today (filed for the earlier cycle): by publication day, long before either cycle.
    const lastPublishedAt = (await db.commitment.findUniqueOrThrow({ where: { id: commitments.reported.id } }))
      .lastPublishedAt;
    const expected = computeFreshness({
      today: asOf,
      pledgedOn: new Date("2018-04-09T00:00:00Z"),
      lastPublishedAt,
      cycles: { current, previous },
    });
    const mine = data.members.find((m) => m.slug === member.slug)!;
    expect(mine.tally.freshness[expected!]).toBe(2);
    expect(mine.tally.reported).toBe(0);
  });
});

describe("the report's members", () => {
  it("count a joint pledge once, under its lead member", async () => {
    const lead = await createMember(db, { name: `Joint Lead ${suffix}` });
    const coMember = await createMember(db, { name: `Joint Co-member ${suffix}` });
    await createCommitment(db, lead.id, { coMemberIds: [coMember.id] });
    const cycle = {
      id: crypto.randomUUID(),
      slug: `joint-${suffix}`,
      name: `Joint ${suffix}`,
      startsOn: new Date(`${d(10, "01-01")}T00:00:00Z`),
      endsOn: new Date(`${d(10, "12-31")}T00:00:00Z`),
      dueOn: new Date(`${d(10, "12-01")}T00:00:00Z`),
      isDemo: false,
    };
    const data = await computeCycleReport(db, cycle, new Date(`${d(10, "06-01")}T00:00:00Z`));
    expect(data.members.find((m) => m.slug === lead.slug)?.tally.commitments).toBe(1);
    expect(data.members.find((m) => m.slug === coMember.slug)).toBeUndefined();
  });
});
