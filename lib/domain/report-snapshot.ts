// The accountability report of a reporting cycle, as data. Pure: the SQL that feeds it lives in
// lib/data/secretariat/reporting/compute-cycle-report.ts.
//
// ReportData is everything any view of the report shows (the whole Network, one member, one theme, or a member
// within a theme), as small tallies rather than rows per commitment, so it can be frozen as it is: closing a cycle
// stores it in reporting_cycles.snapshot, and a closed cycle's report is always rendered from that copy, so later
// updates never change it. `version` says which shape a stored snapshot has; a future shape gets a new number and
// reads the old one explicitly.
//
// Definitions:
//  - a commitment counts in a cycle when it was approved and pledged by the cycle's last day;
//  - it is "reported" in the cycle when one of its updates counts for the cycle: published (by the report's moment)
//    and either filed for the cycle or, when filed for none, published between the cycle's first and last day;
//  - its status is that of its latest update published by the report's moment (NOT_REPORTED when there is none);
//  - freshness is lib/domain/freshness.ts's, with this cycle as the current one and the report's day as today.
import { z } from "zod";
import { FRESHNESS_STATES, type FreshnessState } from "./freshness";
import { STATUS_CATEGORIES, type StatusCategory } from "./implementation-status";
import { wholePercent } from "./percent";

const REPORT_SNAPSHOT_VERSION = 1;
export const EXCERPT_MAX_LENGTH = 320;
/** Excerpts kept per member in the data, and shown at most in one view of the report. */
export const EXCERPTS_PER_MEMBER = 2;
const EXCERPTS_PER_VIEW = 12;

const count = z.number().int().min(0);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slug = z.string().min(1).max(200);

const tallySchema = z.object({
  commitments: count,
  reported: count,
  status: z.record(z.enum(STATUS_CATEGORIES), count),
  freshness: z.record(z.enum(FRESHNESS_STATES), count),
});

const excerptSchema = z.object({
  memberSlug: slug,
  memberName: z.string(),
  themeSlugs: z.array(slug),
  commitmentSlug: slug,
  commitmentTitle: z.string(),
  status: z.enum(STATUS_CATEGORIES),
  percent: z.number().int().min(0).max(100).nullable(),
  publishedAt: z.iso.datetime(),
  text: z.string(),
  isDemo: z.boolean(),
});

export const reportDataSchema = z.object({
  version: z.literal(REPORT_SNAPSHOT_VERSION),
  cycle: z.object({ slug, name: z.string(), startsOn: isoDay, endsOn: isoDay, dueOn: isoDay, isDemo: z.boolean() }),
  /** The moment the figures describe: when the cycle closed, or when a live report was computed. */
  asOf: z.iso.datetime(),
  totals: tallySchema,
  /** Progress updates that count for the cycle. */
  updatesPublished: count,
  themes: z.array(z.object({ slug, name: z.string(), tally: tallySchema })),
  members: z.array(
    z.object({
      slug,
      name: z.string(),
      kind: z.string(),
      isDemo: z.boolean(),
      lastPublishedAt: z.iso.datetime().nullable(),
      updatesPublished: count,
      tally: tallySchema,
    }),
  ),
  memberThemes: z.array(z.object({ member: slug, theme: slug, tally: tallySchema })),
  excerpts: z.array(excerptSchema),
  containsDemonstrationData: z.boolean(),
});

export type Tally = z.infer<typeof tallySchema>;
export type ReportExcerpt = z.infer<typeof excerptSchema>;
export type ReportData = z.infer<typeof reportDataSchema>;

/** A stored snapshot as ReportData, or null when it is not one this code can read. */
export function readSnapshot(value: unknown): ReportData | null {
  const parsed = reportDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// ---- Building the data from grouped rows -------------------------------------------------------------------------

/** One GROUP BY row: how many commitments of a member (and, for theme rows, a theme) share these facts. */
export type GroupedFacts = {
  member: string;
  theme?: string;
  status: StatusCategory;
  reported: boolean;
  freshness: FreshnessState;
  count: number;
};

export type ReportInput = Omit<
  ReportData,
  "version" | "totals" | "themes" | "members" | "memberThemes" | "excerpts"
> & {
  themes: { slug: string; name: string }[];
  members: Omit<ReportData["members"][number], "tally">[];
  byMember: GroupedFacts[];
  byMemberTheme: (GroupedFacts & { theme: string })[];
  excerpts: (Omit<ReportExcerpt, "text"> & { narrative: string })[];
};

export function emptyTally(): Tally {
  return {
    commitments: 0,
    reported: 0,
    status: Object.fromEntries(STATUS_CATEGORIES.map((s) => [s, 0])) as Tally["status"],
    freshness: Object.fromEntries(FRESHNESS_STATES.map((s) => [s, 0])) as Tally["freshness"],
  };
}

function add(tally: Tally, row: GroupedFacts): Tally {
  tally.commitments += row.count;
  if (row.reported) tally.reported += row.count;
  tally.status[row.status] += row.count;
  tally.freshness[row.freshness] += row.count;
  return tally;
}

function tallyBy<K>(rows: readonly GroupedFacts[], key: (row: GroupedFacts) => K): Map<K, Tally> {
  const tallies = new Map<K, Tally>();
  for (const row of rows) {
    const k = key(row);
    tallies.set(k, add(tallies.get(k) ?? emptyTally(), row));
  }
  return tallies;
}

/** Shapes the grouped rows into ReportData; members keep their given order, themes the taxonomy's. */
export function buildReportData(input: ReportInput): ReportData {
  const byMember = tallyBy(input.byMember, (row) => row.member);
  const byTheme = tallyBy(input.byMemberTheme, (row) => row.theme!);
  const byPair = tallyBy(input.byMemberTheme, (row) => `${row.member}\u0000${row.theme}`);
  const perMember = new Map<string, number>();
  const excerpts = [...input.excerpts]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.commitmentSlug.localeCompare(b.commitmentSlug))
    .filter((excerpt) => {
      const seen = perMember.get(excerpt.memberSlug) ?? 0;
      perMember.set(excerpt.memberSlug, seen + 1);
      return seen < EXCERPTS_PER_MEMBER;
    })
    // Field by field: only what the snapshot's schema has is frozen.
    .map((e) => ({
      memberSlug: e.memberSlug,
      memberName: e.memberName,
      themeSlugs: e.themeSlugs,
      commitmentSlug: e.commitmentSlug,
      commitmentTitle: e.commitmentTitle,
      status: e.status,
      percent: e.percent,
      publishedAt: e.publishedAt,
      text: excerptOf(e.narrative),
      isDemo: e.isDemo,
    }));
  return {
    version: REPORT_SNAPSHOT_VERSION,
    cycle: input.cycle,
    asOf: input.asOf,
    totals: input.byMember.reduce(add, emptyTally()),
    updatesPublished: input.updatesPublished,
    themes: input.themes.map((theme) => ({ ...theme, tally: byTheme.get(theme.slug) ?? emptyTally() })),
    members: input.members.map((member) => ({ ...member, tally: byMember.get(member.slug) ?? emptyTally() })),
    memberThemes: [...byPair].map(([key, tally]) => {
      const [member, theme] = key.split("\u0000") as [string, string];
      return { member, theme, tally };
    }),
    excerpts,
    containsDemonstrationData: input.containsDemonstrationData,
  };
}

/** The start of a narrative, cut at a word boundary, with an ellipsis when something was left out. */
export function excerptOf(narrative: string, max = EXCERPT_MAX_LENGTH): string {
  const text = narrative.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

// ---- One view of the report --------------------------------------------------------------------------------------

export type ReportScope = { member?: string; theme?: string };

type ReportRow = { slug: string; name: string; tally: Tally };
export type MemberReportRow = ReportRow & { kind: string; isDemo: boolean; lastPublishedAt: string | null };

export type ReportView = {
  scope: { member: { slug: string; name: string } | null; theme: { slug: string; name: string } | null };
  headline: {
    commitments: number;
    members: number;
    completed: number;
    completedPercent: number | null;
    reported: number;
    reportedPercent: number | null;
    membersReported: number;
    membersSilent: number;
    /** Null for a theme's view: an update is about a commitment, which can have several themes. */
    updatesPublished: number | null;
  };
  totals: Tally;
  byTheme: ReportRow[];
  byMember: MemberReportRow[];
  /** Members with commitments in scope: every one reported on / some / none. */
  reporting: { all: MemberReportRow[]; some: MemberReportRow[]; none: MemberReportRow[] };
  excerpts: ReportExcerpt[];
};

/** The report for the whole Network, a member, a theme, or both; null when the member or theme is not in the data. */
export function viewReport(data: ReportData, scope: ReportScope = {}): ReportView | null {
  const member = scope.member ? data.members.find((m) => m.slug === scope.member) : undefined;
  const theme = scope.theme ? data.themes.find((t) => t.slug === scope.theme) : undefined;
  if ((scope.member && !member) || (scope.theme && !theme)) return null;

  const pair = (m: string, t: string) =>
    data.memberThemes.find((row) => row.member === m && row.theme === t)?.tally ?? emptyTally();
  const memberRows: MemberReportRow[] = data.members
    .filter((m) => !member || m.slug === member.slug)
    .map((m) => ({
      slug: m.slug,
      name: m.name,
      kind: m.kind,
      isDemo: m.isDemo,
      lastPublishedAt: m.lastPublishedAt,
      tally: theme ? pair(m.slug, theme.slug) : m.tally,
    }))
    .filter((m) => m.tally.commitments > 0);
  const themeRows: ReportRow[] = data.themes
    .filter((t) => !theme || t.slug === theme.slug)
    .map((t) => ({ slug: t.slug, name: t.name, tally: member ? pair(member.slug, t.slug) : t.tally }))
    .filter((t) => t.tally.commitments > 0);
  const totals = member && theme ? pair(member.slug, theme.slug) : (member?.tally ?? theme?.tally ?? data.totals);

  const reporting = {
    all: memberRows.filter((m) => m.tally.reported === m.tally.commitments),
    some: memberRows.filter((m) => m.tally.reported > 0 && m.tally.reported < m.tally.commitments),
    none: memberRows.filter((m) => m.tally.reported === 0),
  };
  const completed = totals.status.COMPLETED;
  return {
    scope: {
      member: member ? { slug: member.slug, name: member.name } : null,
      theme: theme ? { slug: theme.slug, name: theme.name } : null,
    },
    headline: {
      commitments: totals.commitments,
      members: memberRows.length,
      completed,
      completedPercent: wholePercent(completed, totals.commitments),
      reported: totals.reported,
      reportedPercent: wholePercent(totals.reported, totals.commitments),
      membersReported: reporting.all.length + reporting.some.length,
      membersSilent: reporting.none.length,
      updatesPublished: theme ? null : (member?.updatesPublished ?? data.updatesPublished),
    },
    totals,
    byTheme: themeRows,
    byMember: memberRows,
    reporting,
    excerpts: data.excerpts
      .filter((e) => (!member || e.memberSlug === member.slug) && (!theme || e.themeSlugs.includes(theme.slug)))
      .slice(0, EXCERPTS_PER_VIEW),
  };
}
