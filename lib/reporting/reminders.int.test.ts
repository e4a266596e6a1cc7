// Reporting reminders end to end: from the database, through sendEmail, over real SMTP to the in-process mailbox.
// The cycle is far in the future so that it is the open cycle whatever other test files left, and never the
// "current" cycle of the public pages' freshness.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { getCockpit } from "@/lib/data/secretariat/reporting/get-cockpit";
import { sendReminder } from "@/lib/mutations/send-reminder";
import { mailbox } from "@/lib/testing/mailbox";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { scheduledDedupeKey, sendDueReminders } from "./send-due-reminders";

const run = promisify(execFile);
const TSX = "node_modules/.bin/tsx";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let cycle: { id: string; name: string };
let chased: {
  member: { id: string; name: string };
  focalPoint: { id: string; email: string };
  unreported: string;
  reported: string;
};
let upToDate: { focalPoint: { email: string } };
let withoutFocalPoint: { id: string };
let coMemberFocalPoint: { email: string };
let inactive: { email: string };
let secretariat: SessionUser;
let focalPointUser: SessionUser;
let parked: string[];

beforeAll(async () => {
  // One cycle is open at a time: park any other, and restore it afterwards.
  parked = (await db.reportingCycle.findMany({ where: { state: "OPEN" }, select: { id: true } })).map((c) => c.id);
  await db.reportingCycle.updateMany({ where: { id: { in: parked } }, data: { state: "PLANNED" } });
  const suffix = crypto.randomUUID().slice(0, 8);
  cycle = await db.reportingCycle.create({
    data: {
      slug: `reminders-${suffix}`,
      name: `Reminder test cycle ${suffix}`,
      startsOn: day("2091-04-01"),
      endsOn: day("2092-03-31"),
      dueOn: day("2092-03-01"),
      state: "OPEN",
    },
  });

  const member = await createMember(db, { name: `Chased Member ${suffix}` });
  const focalPoint = (await createFocalPoint(db, member.id, { name: "Amaka Obi" })).user;
  inactive = (await createFocalPoint(db, member.id, { active: false })).user;
  const unreported = await createCommitment(db, member.id, { title: `Train mediators ${suffix}` });
  const reported = await createCommitment(db, member.id, { title: `Fund shelters ${suffix}` });
  await createPublishedUpdate(db, reported.id, { cycleId: cycle.id });
  await db.progressUpdate.create({
    data: { commitmentId: unreported.id, status: "IN_PROGRESS", narrative: "A draft.", reviewState: "DRAFT" },
  });
  chased = { member, focalPoint, unreported: unreported.title, reported: reported.title };
  focalPointUser = await sessionUserOf(focalPoint.id);

  const done = await createMember(db);
  upToDate = { focalPoint: (await createFocalPoint(db, done.id)).user };
  await createPublishedUpdate(db, (await createCommitment(db, done.id)).id, { cycleId: cycle.id });
  // Status is reported on pledges only: a recommendation or a practice shared is never "due" (decision 0012).
  await createCommitment(db, done.id, { kind: "RECOMMENDATION" });
  await createCommitment(db, done.id, { kind: "PRACTICE" });

  withoutFocalPoint = await createMember(db);
  await createCommitment(db, withoutFocalPoint.id);
  // A co-member of a joint pledge reports on it, so its focal points are reminded too.
  const coMember = await createMember(db);
  coMemberFocalPoint = (await createFocalPoint(db, coMember.id)).user;
  await createCommitment(db, withoutFocalPoint.id, { coMemberIds: [coMember.id] });

  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
});

afterAll(async () => {
  await db.reportingCycle.update({ where: { id: cycle.id }, data: { state: "CLOSED", closedAt: new Date() } });
  await db.reportingCycle.updateMany({ where: { id: { in: parked } }, data: { state: "OPEN" } });
});

const sentTo = (email: string) => mailbox().messages.filter((mail) => mail.to.includes(email));

describe("sendDueReminders (npm run reminders)", () => {
  it("sends nothing on a day without a scheduled reminder", async () => {
    const result = await sendDueReminders({ today: day("2091-12-01") });
    expect(result).toMatchObject({ cycle: { id: cycle.id }, kind: null, outcomes: [] });
  });

  it("emails the focal points of members with unreported commitments, before the due date", async () => {
    const result = await sendDueReminders({ today: day("2092-02-20") });
    expect(result.kind).toBe("REMINDER_BEFORE_DUE");
    expect(result.outcomes).toContainEqual({
      memberName: chased.member.name,
      to: chased.focalPoint.email,
      kind: "REMINDER_BEFORE_DUE",
      status: "SENT",
    });
    const recipients = result.outcomes.map((outcome) => outcome.to);
    expect(recipients).not.toContain(upToDate.focalPoint.email);
    expect(recipients).not.toContain(inactive.email);
    expect(recipients).toContain(coMemberFocalPoint.email);

    const mail = await mailbox().waitFor((m) => m.to.includes(chased.focalPoint.email));
    expect(mail.subject).toBe(
      `Reminder: ${chased.member.name}’s progress updates for ${cycle.name} are due on March 1, 2092`,
    );
    expect(mail.text).toContain("Dear Amaka Obi,");
    expect(mail.text).toContain(
      `${chased.member.name} has 1 commitment of 2 with no update published in this cycle yet:`,
    );
    expect(mail.text).toContain(`- ${chased.unreported}`);
    expect(mail.text).not.toContain(chased.reported);
    expect(mail.text).toMatch(/https?:\/\/[^\s]+\/workspace/);
  });

  it("never sends the same reminder twice, however often it runs", async () => {
    const again = await sendDueReminders({ today: day("2092-02-21") });
    expect(again.outcomes.filter((outcome) => outcome.status === "SENT")).toEqual([]);
    expect(again.outcomes).toContainEqual(
      expect.objectContaining({ to: chased.focalPoint.email, status: "DUPLICATE" }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sentTo(chased.focalPoint.email)).toHaveLength(1);
    const logged = await db.emailLog.findMany({
      where: { dedupeKey: scheduledDedupeKey(cycle.id, "REMINDER_BEFORE_DUE", chased.focalPoint.id) },
    });
    expect(logged).toEqual([
      expect.objectContaining({
        status: "SENT",
        kind: "REMINDER_BEFORE_DUE",
        memberId: chased.member.id,
        cycleId: cycle.id,
      }),
    ]);
  });

  it("sends the due-date reminder once on the due date, and the dry run sends nothing", async () => {
    const dry = await sendDueReminders({ today: day("2092-03-01"), dryRun: true });
    expect(dry.outcomes).toContainEqual(
      expect.objectContaining({ to: chased.focalPoint.email, status: "WOULD_SEND", kind: "REMINDER_DUE" }),
    );
    expect(await db.emailLog.count({ where: { cycleId: cycle.id, kind: "REMINDER_DUE" } })).toBe(0);

    const due = await sendDueReminders({ today: day("2092-03-01") });
    expect(due.outcomes).toContainEqual(
      expect.objectContaining({ to: chased.focalPoint.email, status: "SENT", kind: "REMINDER_DUE" }),
    );
    const mail = await mailbox().waitFor(
      (m) => m.to.includes(chased.focalPoint.email) && m.subject.startsWith("Due now"),
    );
    expect(mail.text).toContain(`are due on March 1, 2092`);
  });

  it("is a command that prints what it did and exits 0, or 2 on a usage error", async () => {
    // The command inherits this process's environment, whose SMTP_URL is the sink of this file (see integration-setup).
    const { stdout } = await run(TSX, ["lib/scripts/reminders.ts", "--today", "2092-03-09"]);
    expect(stdout).toContain(`2092-03-09: Overdue reminders for the open cycle ${cycle.name} (due 2092-03-01).`);
    expect(stdout).toMatch(new RegExp(`SENT\\s+${chased.focalPoint.email.replaceAll(".", "\\.")}`));
    const mail = await mailbox().waitFor(
      (m) => m.to.includes(chased.focalPoint.email) && m.subject.startsWith("Overdue"),
    );
    expect(mail.subject).toContain("were due on March 1, 2092");

    const { stdout: second } = await run(TSX, ["lib/scripts/reminders.ts", "--today", "2092-03-10"]);
    expect(second).toMatch(/Sent 0; \d+ already sent earlier; 0 failed\./);

    await expect(run(TSX, ["lib/scripts/reminders.ts", "--today", "tomorrow"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--today needs a date written YYYY-MM-DD."),
    });
  }, 60_000);
});

describe("sendReminder (the cockpit's buttons)", () => {
  it("reminds one member's focal points now, and not twice the same day", async () => {
    const now = day("2092-03-20");
    const first = await sendReminder(secretariat, { target: "member", memberId: chased.member.id }, now);
    expect(first).toEqual({ ok: true, kind: "REMINDER_OVERDUE", sent: 1, alreadyToday: 0, failed: 0, members: 1 });
    const second = await sendReminder(secretariat, { target: "member", memberId: chased.member.id }, now);
    expect(second).toMatchObject({ ok: true, sent: 0, alreadyToday: 1 });
    expect(
      await db.auditLog.findFirst({ where: { action: "reporting.reminder.send", entityId: chased.member.id } }),
    ).toMatchObject({
      actorId: secretariat.id,
      memberId: chased.member.id,
    });
  });

  it("says so when a member has nobody to remind or nothing due", async () => {
    expect(await sendReminder(secretariat, { target: "member", memberId: withoutFocalPoint.id })).toEqual({
      ok: false,
      error: "nothing_due",
    });
  });

  it("is refused to a focal point, and the refusal is recorded", async () => {
    await expect(sendReminder(focalPointUser, { target: "due" })).rejects.toMatchObject({ reason: "forbidden" });
    await expect(sendReminder(null, { target: "due" })).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(
      await db.auditLog.findFirst({ where: { action: "authorization.refused", actorId: focalPointUser.id } }),
    ).toMatchObject({
      after: expect.objectContaining({ attempted: "reporting.reminder.send", reason: "not_secretariat" }),
    });
  });
});

describe("getCockpit", () => {
  it("shows each member against the open cycle: reported, pending, silent, due, last reminder", async () => {
    const cockpit = await getCockpit(secretariat, day("2092-03-20"));
    if (!cockpit.cycle) throw new Error("no open cycle");
    expect(cockpit.cycle.id).toBe(cycle.id);
    const row = cockpit.rows.find((r) => r.memberId === chased.member.id);
    expect(row).toMatchObject({
      focalPoints: ["Amaka Obi"],
      commitments: 2,
      reported: 1,
      updatesThisCycle: 1,
      drafts: 1,
      submitted: 0,
      returned: 0,
      silent: false,
      due: true,
      lastReminder: { kind: "REMINDER_OVERDUE", at: expect.any(Date) },
    });
    expect(row?.daysSinceLastUpdate).toBeGreaterThan(365 * 60);
    expect(cockpit.rows.find((r) => r.memberId === withoutFocalPoint.id)).toMatchObject({
      focalPoints: [],
      silent: true,
      due: false,
      daysSinceLastUpdate: null,
    });
    expect(cockpit.log.some((entry) => entry.toAddress === chased.focalPoint.email && entry.status === "SENT")).toBe(
      true,
    );
    expect(cockpit.remindersThisCycle).toBeGreaterThanOrEqual(4);
  });

  it("is refused to a focal point and to nobody", async () => {
    await expect(getCockpit(focalPointUser)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(getCockpit(null)).rejects.toMatchObject({ reason: "unauthenticated" });
  });
});
