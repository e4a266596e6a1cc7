// Synthetic data for tests and benchmarks: fictional members with commitments and progress updates, all flagged
// isDemo. Scale 1 = 5 members, 250 commitments and about 1,000 updates. Fictional member number n always gets the same
// content on the same day (its own seeded generator, ids derived from names such as "commitment/42/7"), so runs are
// repeatable, and a second run continues the numbering. A share of the commitments carries translations
// (prisma/seed/scale-translations.ts), so search is measured over them too.
//
// The bulk tables are written with INSERT … SELECT FROM unnest(array parameters): one statement per few thousand rows,
// several times faster than createMany here, which is what lets scale 200 (450,000 rows) finish in about a minute.
import crypto from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db, Tx } from "@/lib/db";
import type {
  ApprovalState,
  BarrierKind,
  ImplementationStatus,
  MemberKind,
  Pillar,
  RegionalGroup,
  ReviewState,
  Verification,
} from "@/lib/generated/prisma/enums";
import type { ThemeSlug } from "./berlin-2018";
import { DEMO_NARRATIVE_PREFIX, DEMO_PASSWORD, focalPointEmail } from "./demo";
import { runSeed, seedAll } from "./index";
import { SCALE_DESCRIPTION, SCALE_TITLES, SCALE_TRANSLATION_SHARES } from "./scale-translations";

const MEMBERS_PER_SCALE = 5;
/** Commitments per member, by position in each block of five: 250 per block. */
const COMMITMENTS_BY_POSITION = [30, 40, 50, 60, 70];
const ROWS_PER_INSERT = 5_000;
const MS_PER_DAY = 86_400_000;

export type ScaleProgress = {
  members: { done: number; total: number };
  commitments: { done: number; total: number };
  progressUpdates: number;
};

export type ScaleSummary = {
  scale: number;
  firstMemberNumber: number;
  members: number;
  focalPoints: number;
  commitments: number;
  milestones: number;
  progressUpdates: number;
};

export async function seedScale(
  db: Db,
  scale: number,
  onProgress: (progress: ScaleProgress) => void = () => {},
): Promise<ScaleSummary> {
  if (!Number.isInteger(scale) || scale < 1) {
    throw new Error(`Scale must be a whole number of at least 1, not ${scale}.`);
  }
  if ((await db.theme.count()) === 0 || (await db.reportingCycle.count()) === 0) await seedAll(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await runSeed(db, {
    name: "scale",
    isPresent: () => Promise.resolve(false),
    run: (tx) => generate(tx, scale, passwordHash, startOfUtcDay(new Date()), onProgress),
    timeoutMs: 120_000 + scale * 10_000,
  });
  // The triggers that keep each commitment's derived facts (migration 20261215000000_commitment_derived_facts) rewrite
  // its row as its themes and updates are written: the table comes out three times its size, and every read of all
  // commitments reads the dead rows too. Rewritten once, it is the size a maintained database keeps it at.
  await db.$executeRaw`VACUUM (FULL, ANALYZE) commitments`;
  return summary!;
}

async function generate(
  tx: Tx,
  scale: number,
  passwordHash: string,
  today: Date,
  onProgress: (progress: ScaleProgress) => void,
): Promise<ScaleSummary> {
  const context = await loadContext(tx, today);
  const firstNumber = (await tx.member.count({ where: { slug: { startsWith: "fictional-" } } })) + 1;
  const numbers = Array.from({ length: scale * MEMBERS_PER_SCALE }, (_, i) => firstNumber + i);
  const members = numbers.map(fictionalMember);
  const progress: ScaleProgress = {
    members: { done: 0, total: members.length },
    commitments: { done: 0, total: members.reduce((sum, m) => sum + m.commitmentCount, 0) },
    progressUpdates: 0,
  };

  for (const chunk of chunks(members, ROWS_PER_INSERT)) {
    await tx.member.createMany({ data: chunk.map((member) => member.row) });
    await tx.user.createMany({ data: chunk.map((member) => ({ ...member.focalPoint, passwordHash })) });
  }

  const batch = new Batch();
  let milestones = 0;
  for (const member of members) {
    for (let k = 1; k <= member.commitmentCount; k++) {
      const generated = fictionalCommitment(member, k, context);
      batch.add(generated);
      milestones += generated.milestones.length;
    }
    progress.members.done++;
    if (batch.isFull()) await batch.flush(tx, progress, onProgress);
  }
  await batch.flush(tx, progress, onProgress);

  return {
    scale,
    firstMemberNumber: firstNumber,
    members: members.length,
    focalPoints: members.length,
    commitments: progress.commitments.done,
    milestones,
    progressUpdates: progress.progressUpdates,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Context: what the generated rows refer to.

type Cycle = { id: string; startsOn: Date; endsOn: Date; dueOn: Date; isOpen: boolean };
type Meeting = { id: string; startDate: Date };
type Context = {
  today: Date;
  themeIds: Map<string, string>;
  cycles: Cycle[];
  meetings: Meeting[];
  reviewerId: string | null;
};

const FIRST_MEETING_YEAR = 2018;

async function loadContext(tx: Tx, today: Date): Promise<Context> {
  const years: number[] = [];
  const lastMeetingDate = addDays(today, -30);
  for (let year = FIRST_MEETING_YEAR; fictionalMeetingDate(year) <= lastMeetingDate; year++) years.push(year);
  await tx.meeting.createMany({
    data: years.map((year) => ({
      slug: `fictional-capital-level-meeting-${year}`,
      title: `Fictional capital-level meeting, ${year}`,
      kind: "CAPITAL_LEVEL" as const,
      city: "Fictional City",
      country: "Fictional Country",
      startDate: fictionalMeetingDate(year),
      endDate: addDays(fictionalMeetingDate(year), 1),
      isDemo: true,
    })),
    skipDuplicates: true,
  });
  const meetings = await tx.meeting.findMany({
    where: { slug: { startsWith: "fictional-capital-level-meeting-" } },
    select: { id: true, startDate: true },
    orderBy: { startDate: "asc" },
  });
  if (meetings.length === 0) throw new Error("There is no fictional meeting to pledge at yet (the first is in 2018).");
  const cycles = await tx.reportingCycle.findMany({
    where: { startsOn: { lte: today } },
    select: { id: true, startsOn: true, endsOn: true, dueOn: true },
    orderBy: { startsOn: "asc" },
  });
  const themes = await tx.theme.findMany({ select: { id: true, slug: true } });
  const reviewer = await tx.user.findFirst({
    where: { role: "SECRETARIAT", isDemo: true },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return {
    today,
    themeIds: new Map(themes.map((theme) => [theme.slug, theme.id])),
    cycles: cycles.map((cycle, i) => ({
      ...cycle,
      isOpen: i === cycles.length - 1 && cycle.endsOn.getTime() + MS_PER_DAY > today.getTime(),
    })),
    meetings,
    reviewerId: reviewer?.id ?? null,
  };
}

function fictionalMeetingDate(year: number): Date {
  return new Date(Date.UTC(year, 3, 16));
}

// ---------------------------------------------------------------------------------------------------------------
// Members.

/** Real ISO 3166 codes, so that the map has somewhere to draw fictional states, with each one's UN regional group. */
const STATES: Record<RegionalGroup, string[]> = {
  AFRICAN: ["KEN", "NGA", "GHA", "SEN", "ZAF", "ETH", "RWA", "UGA", "MLI", "LBR", "SLE", "COD"],
  ASIA_PACIFIC: ["JPN", "PHL", "IDN", "NPL", "BGD", "KOR", "JOR", "LBN", "IRQ", "FJI"],
  EASTERN_EUROPEAN: ["POL", "UKR", "GEO", "BIH", "SRB", "ROU", "CZE", "EST", "LTU"],
  LATIN_AMERICAN_CARIBBEAN: ["MEX", "GTM", "ARG", "CHL", "PER", "BRA", "URY", "DOM", "HND"],
  WESTERN_EUROPEAN_OTHERS: ["CAN", "AUS", "NZL", "FRA", "ITA", "NLD", "IRL", "FIN", "DNK", "CHE"],
};
const STATE_CODES = Object.entries(STATES).flatMap(([group, codes]) =>
  codes.map((isoCode) => ({ isoCode, regionalGroup: group as RegionalGroup })),
);

const KIND_LABELS: Record<MemberKind, string> = {
  MEMBER_STATE: "State",
  REGIONAL_ORGANISATION: "Regional Organisation",
  UN_ENTITY: "UN Entity",
  CIVIL_SOCIETY: "Civil Society Network",
};

type FictionalMember = {
  number: number;
  id: string;
  name: string;
  slug: string;
  commitmentCount: number;
  focalPointId: string;
  row: {
    id: string;
    slug: string;
    name: string;
    kind: MemberKind;
    isoCode: string | null;
    regionalGroup: RegionalGroup | null;
    isDemo: true;
  };
  focalPoint: { id: string; email: string; name: string; role: "FOCAL_POINT"; memberId: string; isDemo: true };
};

function fictionalMember(number: number): FictionalMember {
  const random = seededRandom(number, 1);
  const kind = random.weighted<MemberKind>([
    ["MEMBER_STATE", 70],
    ["REGIONAL_ORGANISATION", 10],
    ["UN_ENTITY", 8],
    ["CIVIL_SOCIETY", 12],
  ]);
  const name = `Fictional ${KIND_LABELS[kind]} ${String(number).padStart(4, "0")}`;
  const slug = name.toLowerCase().replaceAll(" ", "-");
  const state = kind === "MEMBER_STATE" ? random.pick(STATE_CODES) : null;
  const id = nameBasedUuid(`member/${number}`);
  const focalPointId = nameBasedUuid(`focal-point/${number}`);
  const position = (number - 1) % MEMBERS_PER_SCALE;
  const block = Math.floor((number - 1) / MEMBERS_PER_SCALE);
  return {
    number,
    id,
    name,
    slug,
    commitmentCount: COMMITMENTS_BY_POSITION[(position + block) % MEMBERS_PER_SCALE]!,
    focalPointId,
    row: {
      id,
      slug,
      name,
      kind,
      isoCode: state?.isoCode ?? null,
      regionalGroup: state?.regionalGroup ?? null,
      isDemo: true,
    },
    focalPoint: {
      id: focalPointId,
      email: focalPointEmail(slug),
      name: `Demo Focal Point (${name})`,
      role: "FOCAL_POINT",
      memberId: id,
      isDemo: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Commitments, milestones and updates.

const TEMPLATES: { title: string; themes: ThemeSlug[]; pillars: Pillar[] }[] = [
  {
    title: "Adopt a national action plan on Women, Peace and Security",
    themes: ["legal-and-policy-frameworks"],
    pillars: ["PARTICIPATION", "PREVENTION"],
  },
  {
    title: "Fund women-led peacebuilding organisations",
    themes: ["localisation", "civil-society-access"],
    pillars: ["PARTICIPATION", "RELIEF_RECOVERY"],
  },
  {
    title: "Train peacekeepers in gender analysis",
    themes: ["training-and-capacity-building", "peacekeeping-and-security-sector"],
    pillars: ["PROTECTION", "PREVENTION"],
  },
  {
    title: "Raise the share of women in deployed military and police contingents",
    themes: ["peacekeeping-and-security-sector"],
    pillars: ["PARTICIPATION"],
  },
  {
    title: "Include women mediators in every peace delegation",
    themes: ["participation-in-peace-processes"],
    pillars: ["PARTICIPATION"],
  },
  {
    title: "Invite women civil-society briefers to Security Council meetings",
    themes: ["civil-society-access", "norm-building-and-advocacy"],
    pillars: ["PARTICIPATION"],
  },
  {
    title: "Appoint a Women, Peace and Security focal point in every ministry",
    themes: ["institutional-mechanisms"],
    pillars: ["PARTICIPATION"],
  },
  {
    title: "Support survivors of conflict-related sexual violence",
    themes: ["accountability-and-justice"],
    pillars: ["PROTECTION", "RELIEF_RECOVERY"],
  },
  {
    title: "Prosecute conflict-related sexual violence",
    themes: ["accountability-and-justice", "legal-and-policy-frameworks"],
    pillars: ["PROTECTION"],
  },
  {
    title: "Integrate gender analysis into early-warning systems",
    themes: ["gender-analysis-and-mainstreaming"],
    pillars: ["PREVENTION"],
  },
  {
    title: "Develop local action plans with women's organisations",
    themes: ["localisation"],
    pillars: ["PARTICIPATION", "PREVENTION"],
  },
  {
    title: "Publish sex-disaggregated data on peace and security programmes",
    themes: ["gender-analysis-and-mainstreaming", "institutional-mechanisms"],
    pillars: ["PREVENTION"],
  },
  {
    title: "Champion the agenda in regional and multilateral forums",
    themes: ["norm-building-and-advocacy"],
    pillars: ["PARTICIPATION"],
  },
  {
    title: "Train diplomats on Women, Peace and Security",
    themes: ["training-and-capacity-building"],
    pillars: ["PARTICIPATION", "PREVENTION"],
  },
  {
    title: "Include women in disarmament, demobilisation and reintegration programmes",
    themes: ["peacekeeping-and-security-sector", "gender-analysis-and-mainstreaming"],
    pillars: ["RELIEF_RECOVERY", "PARTICIPATION"],
  },
  {
    title: "Make humanitarian and recovery assistance gender-responsive",
    themes: ["gender-analysis-and-mainstreaming"],
    pillars: ["RELIEF_RECOVERY"],
  },
  {
    title: "Protect women human rights defenders",
    themes: ["civil-society-access", "accountability-and-justice"],
    pillars: ["PROTECTION"],
  },
  {
    title: "Dedicate a share of peace and security funding to gender equality",
    themes: ["institutional-mechanisms", "legal-and-policy-frameworks"],
    pillars: ["PARTICIPATION", "RELIEF_RECOVERY"],
  },
  {
    title: "Apply gender analysis to arms control and small arms policy",
    themes: ["gender-analysis-and-mainstreaming", "norm-building-and-advocacy"],
    pillars: ["PREVENTION"],
  },
  {
    title: "Create a parliamentary caucus on Women, Peace and Security",
    themes: ["institutional-mechanisms", "norm-building-and-advocacy"],
    pillars: ["PARTICIPATION"],
  },
];
const ALL_THEMES = [...new Set(TEMPLATES.flatMap((template) => template.themes))];

const INDICATORS = [
  { name: "People trained", unit: "people", baseline: 0, target: [100, 2_000] },
  { name: "Share of women in delegations", unit: "%", baseline: 10, target: [30, 50] },
  { name: "Funding committed", unit: "USD thousand", baseline: 0, target: [500, 20_000] },
  { name: "Local action plans adopted", unit: "plans", baseline: 0, target: [3, 40] },
] as const;

const MILESTONE_TITLES = ["Plan approved", "Funding secured", "Activities under way", "Results evaluated"];
const BARRIERS: BarrierKind[] = ["FUNDING", "CAPACITY", "POLITICAL", "SECURITY", "LEGAL", "OTHER"];

type CommitmentRow = {
  id: string;
  slug: string;
  memberId: string;
  meetingId: string;
  title: string;
  description: string;
  pillars: string;
  targetDate: string | null;
  indicatorName: string | null;
  indicatorBaseline: number | null;
  indicatorTarget: number | null;
  indicatorUnit: string | null;
  approval: ApprovalState;
  discontinuedReason: string | null;
  currentStatus: ImplementationStatus | null;
  currentPercent: number | null;
  lastPublishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};
type ThemeLinkRow = { commitmentId: string; themeId: string };
type TranslationRow = { commitmentId: string; locale: string; title: string; description: string };
type MilestoneRow = {
  id: string;
  commitmentId: string;
  title: string;
  dueDate: string | null;
  reachedOn: string | null;
  sortOrder: number;
};
type UpdateRow = {
  id: string;
  commitmentId: string;
  authorId: string;
  cycleId: string;
  status: ImplementationStatus;
  percentComplete: number | null;
  narrative: string;
  reviewState: ReviewState;
  reviewComment: string | null;
  reviewedById: string | null;
  reviewedAt: Date | null;
  verification: Verification;
  submittedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};
type EvidenceRow = { id: string; updateId: string; url: string; label: string };
type BarrierRow = { id: string; updateId: string; kind: BarrierKind; detail: string | null };

type GeneratedCommitment = {
  commitment: CommitmentRow;
  themes: ThemeLinkRow[];
  translations: TranslationRow[];
  milestones: MilestoneRow[];
  updates: UpdateRow[];
  evidence: EvidenceRow[];
  barriers: BarrierRow[];
};

function fictionalCommitment(member: FictionalMember, k: number, context: Context): GeneratedCommitment {
  const random = seededRandom(member.number, 1_000 + k);
  const id = nameBasedUuid(`commitment/${member.number}/${k}`);
  const template = random.pick(TEMPLATES);
  const meeting = random.pick(context.meetings);
  const pledgedOn = meeting.startDate;
  const createdAt = addHours(pledgedOn, random.int(9, 17));
  const targetYear = pledgedOn.getUTCFullYear() + random.int(1, 5);
  const targetDate = random.chance(0.8) ? new Date(Date.UTC(targetYear, 2, 31)) : null;
  const indicator = random.chance(0.3) ? random.pick(INDICATORS) : null;
  const themeSlugs = new Set<ThemeSlug>(template.themes);
  if (themeSlugs.size < 3 && random.chance(0.3)) themeSlugs.add(random.pick(ALL_THEMES));

  const approval: ApprovalState = random.chance(0.01) ? "PROPOSED" : "APPROVED";
  const history = approval === "APPROVED" ? progressHistory(random, id, member, pledgedOn, context) : emptyHistory();
  const finalPercent = history.latestPublished?.percentComplete ?? 0;
  const milestones =
    targetDate && random.chance(0.3)
      ? fictionalMilestones(random, id, pledgedOn, targetDate, finalPercent, context.today)
      : [];

  return {
    commitment: {
      id,
      slug: `${member.slug}-${String(k).padStart(3, "0")}`,
      memberId: member.id,
      meetingId: meeting.id,
      title: template.title,
      description: `${DEMO_NARRATIVE_PREFIX}a fictional commitment by ${member.name}, generated to test the tracker at scale.`,
      pillars: `{${template.pillars.join(",")}}`,
      targetDate: targetDate ? isoDate(targetDate) : null,
      indicatorName: indicator?.name ?? null,
      indicatorBaseline: indicator?.baseline ?? null,
      indicatorTarget: indicator ? random.int(indicator.target[0], indicator.target[1]) : null,
      indicatorUnit: indicator?.unit ?? null,
      approval,
      discontinuedReason:
        history.latestPublished?.status === "DISCONTINUED"
          ? `${DEMO_NARRATIVE_PREFIX}a fictional reason for discontinuing this commitment.`
          : null,
      currentStatus: history.latestPublished?.status ?? null,
      currentPercent: history.latestPublished?.percentComplete ?? null,
      lastPublishedAt: history.latestPublished?.publishedAt ?? null,
      createdAt,
      updatedAt: history.latestPublished?.publishedAt ?? createdAt,
    },
    themes: [...themeSlugs].map((slug) => ({ commitmentId: id, themeId: requireTheme(context, slug) })),
    translations: fictionalTranslations(seededRandom(member.number, 5_000 + k), id, template.title, member.name),
    milestones,
    ...history,
  };
}

type History = {
  updates: UpdateRow[];
  evidence: EvidenceRow[];
  barriers: BarrierRow[];
  latestPublished: UpdateRow | null;
};

/** The commitment's translations: each language with its share's chance, from a stream of its own. */
function fictionalTranslations(random: Random, commitmentId: string, title: string, member: string): TranslationRow[] {
  const titles = SCALE_TITLES[title];
  if (!titles)
    throw new Error(`The scale template "${title}" has no translations in prisma/seed/scale-translations.ts.`);
  return Object.entries(SCALE_TRANSLATION_SHARES).flatMap(([locale, share]) =>
    random.chance(share)
      ? [
          {
            commitmentId,
            locale,
            title: titles[locale as keyof typeof titles],
            description: SCALE_DESCRIPTION[locale as keyof typeof SCALE_DESCRIPTION](member),
          },
        ]
      : [],
  );
}

function emptyHistory(): History {
  return { updates: [], evidence: [], barriers: [], latestPublished: null };
}

/** How often a member reports: some fall silent, most report most years. */
const DILIGENCE: [number, number][] = [
  [0, 5],
  [0.7, 20],
  [0.9, 35],
  [1, 40],
];

const REVIEW_STATES_IN_OPEN_CYCLE: [ReviewState, number][] = [
  ["PUBLISHED", 55],
  ["SUBMITTED", 25],
  ["DRAFT", 12],
  ["RETURNED", 8],
];

function progressHistory(
  random: Random,
  commitmentId: string,
  member: FictionalMember,
  pledgedOn: Date,
  context: Context,
): History {
  const history = emptyHistory();
  const diligence = random.weighted(DILIGENCE);
  const latestAllowed = context.today.getTime() - 15 * MS_PER_DAY;
  let percent = 0;
  let status: ImplementationStatus = "NOT_STARTED";

  for (const [cycleIndex, cycle] of context.cycles.entries()) {
    if (status === "COMPLETED" || status === "DISCONTINUED") break;
    const opensAt = Math.max(cycle.startsOn.getTime(), pledgedOn.getTime() + 30 * MS_PER_DAY);
    const lateReport = random.chance(0.1);
    const deadline = lateReport ? addDays(cycle.endsOn, -15) : cycle.dueOn;
    const closesAt = Math.min(deadline.getTime(), latestAllowed);
    if (closesAt <= opensAt || !random.chance(diligence * shareOfCycleElapsed(cycle, context.today))) continue;

    if (percent > 0 && random.chance(0.015)) status = "DISCONTINUED";
    else {
      percent = Math.min(100, percent + random.int(0, 25));
      status = statusFor(percent);
    }
    const reviewState: ReviewState = cycle.isOpen ? random.weighted(REVIEW_STATES_IN_OPEN_CYCLE) : "PUBLISHED";
    const update = fictionalUpdate(random, commitmentId, member, cycle, context, {
      id: nameBasedUuid(`update/${commitmentId}/${cycleIndex}`),
      status,
      percentComplete: random.chance(0.1) ? null : percent,
      reviewState,
      submittedAt: new Date(opensAt + random.next() * (closesAt - opensAt)),
    });
    history.updates.push(update);
    if (reviewState === "PUBLISHED") history.latestPublished = update;
    if (random.chance(0.3)) {
      history.evidence.push({
        id: nameBasedUuid(`evidence/${update.id}`),
        updateId: update.id,
        url: `https://example.org/demo-evidence/${update.id}`,
        label: "Demonstration evidence (placeholder link)",
      });
      if (update.verification === "REVIEWED" && random.chance(0.5)) update.verification = "EVIDENCE_VERIFIED";
    }
    if (random.chance(0.15)) {
      const id = nameBasedUuid(`barrier/${update.id}`);
      history.barriers.push({ id, updateId: update.id, kind: random.pick(BARRIERS), detail: null });
    }
    // Only published updates move the record on; an unpublished one is the last of its commitment.
    if (reviewState !== "PUBLISHED") break;
  }
  return history;
}

function fictionalUpdate(
  random: Random,
  commitmentId: string,
  member: FictionalMember,
  cycle: Cycle,
  context: Context,
  fields: Pick<UpdateRow, "id" | "status" | "percentComplete" | "reviewState"> & { submittedAt: Date },
): UpdateRow {
  const { reviewState } = fields;
  const submitted = reviewState === "DRAFT" ? null : fields.submittedAt;
  const reviewedAt =
    reviewState === "PUBLISHED" || reviewState === "RETURNED"
      ? new Date(Math.min(addDays(fields.submittedAt, random.int(1, 14)).getTime(), context.today.getTime()))
      : null;
  const createdAt = addDays(fields.submittedAt, -random.int(0, 5));
  return {
    id: fields.id,
    commitmentId,
    authorId: member.focalPointId,
    cycleId: cycle.id,
    status: fields.status,
    percentComplete: fields.percentComplete,
    narrative: `${DEMO_NARRATIVE_PREFIX}a fictional update from ${member.name}, generated to test the tracker at scale.`,
    reviewState,
    reviewComment: reviewState === "RETURNED" ? RETURN_COMMENT : null,
    reviewedById: reviewedAt ? context.reviewerId : null,
    reviewedAt,
    verification: reviewState === "PUBLISHED" && random.chance(0.6) ? "REVIEWED" : "SELF_REPORTED",
    submittedAt: submitted,
    publishedAt: reviewState === "PUBLISHED" ? reviewedAt : null,
    createdAt,
    updatedAt: reviewedAt ?? submitted ?? createdAt,
  };
}

/** In the open cycle, only part of the members have reported yet: as many as the time elapsed before the due date. */
function shareOfCycleElapsed(cycle: Cycle, today: Date): number {
  if (!cycle.isOpen) return 1;
  const share = (today.getTime() - cycle.startsOn.getTime()) / (cycle.dueOn.getTime() - cycle.startsOn.getTime());
  return Math.min(1, Math.max(0, share));
}

const RETURN_COMMENT = `${DEMO_NARRATIVE_PREFIX}please add evidence for the figures reported.`;

function statusFor(percent: number): ImplementationStatus {
  if (percent === 0) return "NOT_STARTED";
  if (percent === 100) return "COMPLETED";
  return percent >= 75 ? "SUBSTANTIALLY_COMPLETE" : "IN_PROGRESS";
}

function fictionalMilestones(
  random: Random,
  commitmentId: string,
  pledgedOn: Date,
  targetDate: Date,
  finalPercent: number,
  today: Date,
): MilestoneRow[] {
  const count = random.int(2, MILESTONE_TITLES.length);
  const span = targetDate.getTime() - pledgedOn.getTime();
  return MILESTONE_TITLES.slice(0, count).map((title, i) => {
    const dueDate = new Date(pledgedOn.getTime() + (span * (i + 1)) / (count + 1));
    const reachedOn = addDays(dueDate, random.int(-60, 90));
    const reached = finalPercent >= ((i + 1) * 100) / (count + 1) && reachedOn <= today;
    return {
      id: nameBasedUuid(`milestone/${commitmentId}/${i}`),
      commitmentId,
      title,
      dueDate: isoDate(dueDate),
      reachedOn: reached ? isoDate(reachedOn) : null,
      sortOrder: i + 1,
    };
  });
}

function requireTheme(context: Context, slug: string): string {
  const id = context.themeIds.get(slug);
  if (!id) throw new Error(`The theme "${slug}" is missing; seed the base data first.`);
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing: rows collect in memory up to a few thousand, then go out in one statement per table, parents first.

class Batch {
  private commitments: CommitmentRow[] = [];
  private themes: ThemeLinkRow[] = [];
  private translations: TranslationRow[] = [];
  private milestones: MilestoneRow[] = [];
  private updates: UpdateRow[] = [];
  private evidence: EvidenceRow[] = [];
  private barriers: BarrierRow[] = [];

  add(generated: GeneratedCommitment) {
    this.commitments.push(generated.commitment);
    this.themes.push(...generated.themes);
    this.translations.push(...generated.translations);
    this.milestones.push(...generated.milestones);
    this.updates.push(...generated.updates);
    this.evidence.push(...generated.evidence);
    this.barriers.push(...generated.barriers);
  }

  isFull(): boolean {
    return this.updates.length >= ROWS_PER_INSERT || this.commitments.length >= ROWS_PER_INSERT;
  }

  async flush(tx: Tx, progress: ScaleProgress, onProgress: (progress: ScaleProgress) => void) {
    if (this.commitments.length === 0) return;
    await insertCommitments(tx, this.commitments);
    // The record model's triggers look a commitment up by id for every row written (prisma/migrations/20261205000000_record_model).
    // Their plans were made when the table was small and are kept for the session: a scan of the whole table per row,
    // quadratic (18 minutes at scale 200). Fresh statistics and fresh plans let them use the primary key.
    await tx.$executeRaw`ANALYZE commitments`;
    await tx.$executeRaw`DISCARD PLANS`;
    for (const rows of chunks(this.themes, ROWS_PER_INSERT)) await insertThemeLinks(tx, rows);
    for (const rows of chunks(this.translations, ROWS_PER_INSERT)) await insertTranslations(tx, rows);
    for (const rows of chunks(this.milestones, ROWS_PER_INSERT)) await insertMilestones(tx, rows);
    await insertUpdates(tx, this.updates);
    for (const rows of chunks(this.evidence, ROWS_PER_INSERT)) await insertEvidence(tx, rows);
    for (const rows of chunks(this.barriers, ROWS_PER_INSERT)) await insertBarriers(tx, rows);
    progress.commitments.done += this.commitments.length;
    progress.progressUpdates += this.updates.length;
    onProgress(progress);
    this.commitments = [];
    this.themes = [];
    this.translations = [];
    this.milestones = [];
    this.updates = [];
    this.evidence = [];
    this.barriers = [];
  }
}

async function insertCommitments(tx: Tx, rows: CommitmentRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO commitments (id, slug, member_id, meeting_id, title, description, pillars, target_date, indicator_name,
      indicator_baseline, indicator_target, indicator_unit, approval, discontinued_reason, current_status,
      current_percent, last_published_at, is_demo, created_at, updated_at)
    SELECT id, slug, member_id, meeting_id, title, description, pillars::"Pillar"[], target_date, indicator_name,
      indicator_baseline, indicator_target, indicator_unit, approval, discontinued_reason, current_status,
      current_percent, last_published_at, true, created_at, updated_at
    FROM unnest(${c.id}::uuid[], ${c.slug}::text[], ${c.memberId}::uuid[], ${c.meetingId}::uuid[], ${c.title}::text[],
      ${c.description}::text[], ${c.pillars}::text[], ${c.targetDate}::date[], ${c.indicatorName}::text[],
      ${c.indicatorBaseline}::numeric[], ${c.indicatorTarget}::numeric[], ${c.indicatorUnit}::text[],
      ${c.approval}::"ApprovalState"[], ${c.discontinuedReason}::text[], ${c.currentStatus}::"ImplementationStatus"[],
      ${c.currentPercent}::int[], ${c.lastPublishedAt}::timestamptz[], ${c.createdAt}::timestamptz[],
      ${c.updatedAt}::timestamptz[])
      AS row(id, slug, member_id, meeting_id, title, description, pillars, target_date, indicator_name,
        indicator_baseline, indicator_target, indicator_unit, approval, discontinued_reason, current_status,
        current_percent, last_published_at, created_at, updated_at)`;
}

async function insertThemeLinks(tx: Tx, rows: ThemeLinkRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO commitment_themes (commitment_id, theme_id)
    SELECT * FROM unnest(${c.commitmentId}::uuid[], ${c.themeId}::uuid[])`;
}

async function insertTranslations(tx: Tx, rows: TranslationRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO commitment_translations (commitment_id, locale, title, description, updated_at)
    SELECT *, now() FROM unnest(${c.commitmentId}::uuid[], ${c.locale}::text[], ${c.title}::text[],
      ${c.description}::text[])`;
}

async function insertMilestones(tx: Tx, rows: MilestoneRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO milestones (id, commitment_id, title, due_date, reached_on, sort_order)
    SELECT * FROM unnest(${c.id}::uuid[], ${c.commitmentId}::uuid[], ${c.title}::text[], ${c.dueDate}::date[],
      ${c.reachedOn}::date[], ${c.sortOrder}::int[])`;
}

async function insertUpdates(tx: Tx, rows: UpdateRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO progress_updates (id, commitment_id, author_id, cycle_id, status, percent_complete, narrative,
      review_state, review_comment, reviewed_by_id, reviewed_at, verification, submitted_at, published_at, is_demo,
      created_at, updated_at)
    SELECT id, commitment_id, author_id, cycle_id, status, percent_complete, narrative, review_state, review_comment,
      reviewed_by_id, reviewed_at, verification, submitted_at, published_at, true, created_at, updated_at
    FROM unnest(${c.id}::uuid[], ${c.commitmentId}::uuid[], ${c.authorId}::uuid[], ${c.cycleId}::uuid[],
      ${c.status}::"ImplementationStatus"[], ${c.percentComplete}::int[], ${c.narrative}::text[],
      ${c.reviewState}::"ReviewState"[], ${c.reviewComment}::text[], ${c.reviewedById}::uuid[],
      ${c.reviewedAt}::timestamptz[], ${c.verification}::"Verification"[], ${c.submittedAt}::timestamptz[],
      ${c.publishedAt}::timestamptz[], ${c.createdAt}::timestamptz[], ${c.updatedAt}::timestamptz[])
      AS row(id, commitment_id, author_id, cycle_id, status, percent_complete, narrative, review_state,
        review_comment, reviewed_by_id, reviewed_at, verification, submitted_at, published_at, created_at, updated_at)`;
}

async function insertEvidence(tx: Tx, rows: EvidenceRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO evidence_links (id, update_id, url, label)
    SELECT * FROM unnest(${c.id}::uuid[], ${c.updateId}::uuid[], ${c.url}::text[], ${c.label}::text[])`;
}

async function insertBarriers(tx: Tx, rows: BarrierRow[]) {
  const c = columns(rows);
  await tx.$executeRaw`
    INSERT INTO update_barriers (id, update_id, kind, detail)
    SELECT * FROM unnest(${c.id}::uuid[], ${c.updateId}::uuid[], ${c.kind}::"BarrierKind"[], ${c.detail}::text[])`;
}

/** Rows to one array per column, the shape unnest() takes. */
function columns<Row extends object>(rows: Row[]): { [K in keyof Row]: Row[K][] } {
  const result = {} as { [K in keyof Row]: Row[K][] };
  for (const key of Object.keys(rows[0] ?? {}) as (keyof Row)[]) result[key] = rows.map((row) => row[key]);
  return result;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness and ids.

/**
 * A UUID (version 5 layout) derived from a name unique within the scale data. Names rather than random draws, because
 * tens of thousands of short generator streams would collide on 128-bit ids drawn from 32-bit seeds.
 */
function nameBasedUuid(name: string): string {
  const bytes = crypto.createHash("sha1").update(`wps-scale-seed/${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Random = ReturnType<typeof seededRandom>;

/**
 * sfc32 with its 128-bit state filled by splitmix32 from (member number, stream), so every member and every
 * commitment has its own stream, independent of how many members came before it in the same run.
 */
function seededRandom(memberNumber: number, stream: number) {
  let seed = (Math.imul(memberNumber, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  const splitmix32 = () => {
    seed = (seed + 0x9e3779b9) >>> 0;
    let z = seed;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const nextUint32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const next = () => nextUint32() / 4_294_967_296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    weighted<T>(options: readonly (readonly [T, number])[]): T {
      let roll = next() * options.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of options) if ((roll -= weight) < 0) return value;
      return options[options.length - 1]![0];
    },
  };
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * 3_600_000);
}
