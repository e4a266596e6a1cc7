// Demonstration data: reporting cycles, sign-in accounts and illustrative progress on the Berlin commitments.
// None of it comes from the communiqué, so every row is flagged isDemo and every narrative says so in its first words.
// This module has no runtime dependency on the database client: the launcher imports it to print the demo accounts.
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db";
import type { BarrierKind, ImplementationStatus, Role, Verification } from "@/lib/generated/prisma/enums";
import { BERLIN_MEMBERS, type BerlinPledgeSlug } from "./berlin-2018";

export const DEMO_PASSWORD = "demo-password-2018";
export const DEMO_SECRETARIAT_EMAIL = "secretariat@demo.example.org";
export const DEMO_NARRATIVE_PREFIX = "Demonstration data: ";

export type DemoAccount = { email: string; name: string; role: Role; memberSlug: string | null };

export function focalPointEmail(memberSlug: string): string {
  return `focal.${memberSlug}@demo.example.org`;
}

/** The civil-society organisation the demonstration accredits, and its reviewer's account (decision 0022). */
const DEMO_ACCREDITED_SLUG = "ngo-working-group-on-wps";
const DEMO_REVIEWER_EMAIL = `reviewer.${DEMO_ACCREDITED_SLUG}@demo.example.org`;

export function demoAccounts(): DemoAccount[] {
  return [
    { email: DEMO_SECRETARIAT_EMAIL, name: "Demo Secretariat", role: "SECRETARIAT", memberSlug: null },
    ...BERLIN_MEMBERS.map((member) => ({
      email: focalPointEmail(member.slug),
      name: `Demo Focal Point (${displayName(member)})`,
      role: "FOCAL_POINT" as const,
      memberSlug: member.slug,
    })),
    {
      email: DEMO_REVIEWER_EMAIL,
      name: "Demo Reviewer (NGO Working Group)",
      role: "REVIEWER",
      memberSlug: DEMO_ACCREDITED_SLUG,
    },
  ];
}

export type ReportingCycleSeed = {
  slug: string;
  name: string;
  startsOn: Date;
  endsOn: Date;
  dueOn: Date;
  state: "OPEN" | "CLOSED";
};

const FIRST_CYCLE_YEAR = 2018;
const DUE_DAYS_BEFORE_END = 30;
const MS_PER_DAY = 86_400_000;

/** Annual April–March cycles from April 2018 up to the one containing `today`, which is the open one. */
export function reportingCycles(today: Date): ReportingCycleSeed[] {
  const cycles: ReportingCycleSeed[] = [];
  for (let year = FIRST_CYCLE_YEAR; utcDay(year, 4, 1) <= today; year++) {
    const endsOn = utcDay(year + 1, 3, 31);
    cycles.push({
      slug: `${year}-${year + 1}`,
      name: `${year}–${year + 1}`,
      startsOn: utcDay(year, 4, 1),
      endsOn,
      dueOn: addDays(endsOn, -DUE_DAYS_BEFORE_END),
      state: endsOn < startOfUtcDay(today) ? "CLOSED" : "OPEN",
    });
  }
  return cycles;
}

type DemoReport = {
  status: ImplementationStatus;
  percent: number | null;
  verification: Verification;
  evidence?: true;
  barrier?: BarrierKind;
};

type DemoStep = DemoReport & {
  /** 0 is the most recent closed cycle, 1 the one before, and so on. */
  cyclesAgo: number;
};

/** Illustrative progress on the Berlin pledges: progress is reported on pledges only (decision 0012). */
const DEMO_PROGRESS: Partial<Record<BerlinPledgeSlug, DemoStep[]>> = {
  "colombia-womens-participation": [
    { cyclesAgo: 6, status: "IN_PROGRESS", percent: 20, verification: "SELF_REPORTED" },
    { cyclesAgo: 3, status: "IN_PROGRESS", percent: 45, verification: "REVIEWED", barrier: "FUNDING" },
    { cyclesAgo: 1, status: "IN_PROGRESS", percent: 60, verification: "EVIDENCE_VERIFIED", evidence: true },
    { cyclesAgo: 0, status: "IN_PROGRESS", percent: 70, verification: "REVIEWED" },
  ],
  "el-salvador-gender-analysis-in-salw-review": [
    { cyclesAgo: 7, status: "COMPLETED", percent: 100, verification: "EVIDENCE_VERIFIED", evidence: true },
  ],
  "el-salvador-gender-analysis-in-military-doctrine": [
    { cyclesAgo: 6, status: "NOT_STARTED", percent: 0, verification: "SELF_REPORTED" },
    { cyclesAgo: 2, status: "IN_PROGRESS", percent: 15, verification: "REVIEWED", barrier: "POLITICAL" },
  ],
};

/**
 * One update in the open cycle, dated between its first day and the day the seed runs, so that a fresh install
 * does not show "0 % reported this cycle".
 */
const OPEN_CYCLE_PROGRESS: Partial<Record<BerlinPledgeSlug, DemoReport>> = {
  "colombia-womens-participation": { status: "SUBSTANTIALLY_COMPLETE", percent: 80, verification: "SELF_REPORTED" },
};

const STATUS_SENTENCE: Record<ImplementationStatus, string> = {
  NOT_STARTED: "It shows how a commitment on which work has not started appears on the public record.",
  IN_PROGRESS: "It shows how a commitment in progress appears on the public record.",
  SUBSTANTIALLY_COMPLETE: "It shows how a substantially complete commitment appears on the public record.",
  COMPLETED: "It shows how a completed commitment appears on the public record.",
  DISCONTINUED: "It shows how a discontinued commitment appears on the public record.",
};

export type DemoSeedSummary = {
  reportingCycles: number;
  users: number;
  progressUpdates: number;
  commitmentsWithUpdates: number;
};

/** Requires the Berlin 2018 data. `today` decides which reporting cycles exist and which one is open. */
export async function seedDemo(tx: Tx, today: Date = new Date()): Promise<DemoSeedSummary> {
  const cycles = await createReportingCycles(tx, today);
  // The secretariat's accreditation of the NGO Working Group is not in the communiqué: demonstration, like its reviewer.
  await tx.member.updateMany({
    where: { slug: DEMO_ACCREDITED_SLUG, accreditedAt: null },
    data: { accreditedAt: cycles[0]?.startsOn ?? today },
  });
  const users = await createDemoAccounts(tx);
  const progress = await publishIllustrativeProgress(tx, cycles, users, today);
  return { reportingCycles: cycles.length, users: users.length, ...progress };
}

type SeededCycle = { id: string; slug: string; startsOn: Date; dueOn: Date; state: string };
type SeededUser = { id: string; role: Role; memberId: string | null };

async function createReportingCycles(tx: Tx, today: Date): Promise<SeededCycle[]> {
  const seeds = reportingCycles(today);
  await tx.reportingCycle.createMany({
    data: seeds.map((cycle) => ({
      ...cycle,
      closedAt: cycle.state === "CLOSED" ? addDays(cycle.endsOn, 1) : null,
      isDemo: true,
    })),
    // A cycle the secretariat already created under the same name is used as it is.
    skipDuplicates: true,
  });
  return tx.reportingCycle.findMany({
    where: { slug: { in: seeds.map((cycle) => cycle.slug) } },
    orderBy: { startsOn: "asc" },
  });
}

async function createDemoAccounts(tx: Tx): Promise<SeededUser[]> {
  const members = await tx.member.findMany({ where: { slug: { in: BERLIN_MEMBERS.map((m) => m.slug) } } });
  const memberIdBySlug = new Map(members.map((member) => [member.slug, member.id]));
  const accounts = demoAccounts();
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));
  return tx.user.createManyAndReturn({
    data: accounts.map((account, index) => ({
      email: account.email,
      name: account.name,
      role: account.role,
      memberId: account.memberSlug === null ? null : requireMemberId(memberIdBySlug, account.memberSlug),
      passwordHash: hashes[index],
      isDemo: true,
    })),
    select: { id: true, role: true, memberId: true },
  });
}

async function publishIllustrativeProgress(tx: Tx, cycles: SeededCycle[], users: SeededUser[], today: Date) {
  const closedCycles = cycles.filter((cycle) => cycle.state === "CLOSED");
  const openCycle = cycles.find((cycle) => cycle.state === "OPEN");
  const reviewerId = users.find((user) => user.role === "SECRETARIAT")?.id ?? null;
  const authorIdByMemberId = new Map(
    users.filter((user) => user.role === "FOCAL_POINT").map((user) => [user.memberId, user.id]),
  );
  const commitments = await tx.commitment.findMany({
    where: { slug: { in: [...new Set([...Object.keys(DEMO_PROGRESS), ...Object.keys(OPEN_CYCLE_PROGRESS)])] } },
    include: { member: true },
  });

  let progressUpdates = 0;
  let commitmentsWithUpdates = 0;
  for (const commitment of commitments) {
    const slug = commitment.slug as BerlinPledgeSlug;
    const spread = (cycle: SeededCycle) => stableHash(`${commitment.slug}/${cycle.slug}`);
    const steps = (DEMO_PROGRESS[slug] ?? [])
      .filter((step) => step.cyclesAgo < closedCycles.length)
      .sort((a, b) => b.cyclesAgo - a.cyclesAgo)
      .map((step): { step: DemoReport; cycle: SeededCycle; times: StepTimes } => {
        const cycle = closedCycles[closedCycles.length - 1 - step.cyclesAgo]!;
        return { step, cycle, times: timesInClosedCycle(cycle, spread(cycle)) };
      });
    const current = OPEN_CYCLE_PROGRESS[slug];
    if (current && openCycle) {
      steps.push({ step: current, cycle: openCycle, times: timesInOpenCycle(openCycle, today, spread(openCycle)) });
    }
    const memberName = displayName(commitment.member);
    let latest: { status: ImplementationStatus; percent: number | null; publishedAt: Date } | undefined;
    for (const { step, cycle, times } of steps) {
      await publishStep(tx, step, times, {
        commitment,
        memberName,
        cycle,
        authorId: authorIdByMemberId.get(commitment.memberId) ?? null,
        reviewerId,
      });
      progressUpdates++;
      latest = { status: step.status, percent: step.percent, publishedAt: times.publishedAt };
    }
    if (!latest) continue;
    commitmentsWithUpdates++;
    await tx.commitment.update({
      where: { id: commitment.id },
      data: {
        currentStatus: latest.status,
        currentPercent: latest.percent,
        lastPublishedAt: latest.publishedAt,
        discontinuedReason:
          latest.status === "DISCONTINUED"
            ? `${DEMO_NARRATIVE_PREFIX}an illustrative reason, not given by ${memberName}.`
            : undefined,
      },
    });
  }
  return { progressUpdates, commitmentsWithUpdates };
}

type StepContext = {
  commitment: { id: string; slug: string };
  memberName: string;
  cycle: SeededCycle;
  authorId: string | null;
  reviewerId: string | null;
};

type StepTimes = { createdAt: Date; submittedAt: Date; publishedAt: Date };

/** Submitted a few weeks before the closed cycle's due date, published six days later. */
function timesInClosedCycle(cycle: SeededCycle, spread: number): StepTimes {
  const submittedAt = addHours(addDays(cycle.dueOn, -(3 + (spread % 20))), 9 + (spread % 8));
  return { createdAt: addDays(submittedAt, -2), submittedAt, publishedAt: addHours(addDays(submittedAt, 6), 2) };
}

/** Published 60–89 % of the way from the open cycle's first day to `today`: in the cycle and never in the future. */
function timesInOpenCycle(cycle: SeededCycle, today: Date, spread: number): StepTimes {
  const start = cycle.startsOn.getTime();
  const at = (fraction: number) => new Date(start + Math.max(0, today.getTime() - start) * fraction);
  const published = 0.6 + (spread % 30) / 100;
  return { createdAt: at(published - 0.15), submittedAt: at(published - 0.1), publishedAt: at(published) };
}

/** Writes one published update. */
async function publishStep(tx: Tx, step: DemoReport, times: StepTimes, context: StepContext): Promise<void> {
  const { commitment, memberName, cycle, authorId, reviewerId } = context;
  const { createdAt, submittedAt, publishedAt } = times;
  await tx.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId,
      cycleId: cycle.id,
      status: step.status,
      percentComplete: step.percent,
      narrative: `${DEMO_NARRATIVE_PREFIX}an illustrative update, not reported by ${memberName}. ${STATUS_SENTENCE[step.status]}`,
      reviewState: "PUBLISHED",
      reviewedById: reviewerId,
      reviewedAt: publishedAt,
      verification: step.verification,
      submittedAt,
      publishedAt,
      isDemo: true,
      createdAt,
      updatedAt: publishedAt,
      evidence: step.evidence
        ? {
            create: {
              url: `https://example.org/demo-evidence/${commitment.slug}/${cycle.slug}`,
              label: "Demonstration evidence (placeholder link)",
            },
          }
        : undefined,
      barriers: step.barrier
        ? { create: { kind: step.barrier, detail: `${DEMO_NARRATIVE_PREFIX}an illustrative barrier.` } }
        : undefined,
    },
  });
}

function displayName(member: { name: string; shortName?: string | null }): string {
  return member.shortName ?? member.name;
}

function requireMemberId(idBySlug: Map<string, string>, slug: string): string {
  const id = idBySlug.get(slug);
  if (!id) throw new Error(`The demonstration data needs the member "${slug}"; seed the Berlin 2018 data first.`);
  return id;
}

/** Small, stable spread of submission dates, so the demo timeline does not look machine-made. */
function stableHash(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function startOfUtcDay(date: Date): Date {
  return utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}
