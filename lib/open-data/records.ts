// The rows the open data reads, with the facts computed from them (status category, schedule, reporting freshness,
// demonstration flag) added once, so the API, the CSV, the XLSX and the JSON all say the same thing. Pure.
import type { CommitmentRow } from "@/lib/data/open-data/commitment-rows";
import type { MeetingRow, MemberRow, ThemeRow } from "@/lib/data/open-data/selects";
import type { UpdateRow } from "@/lib/data/open-data/update-rows";
import { computeFreshness, type CurrentCycles, type CycleDates, type FreshnessState } from "@/lib/domain/freshness";
import { emptyStatusCounts, statusCategory, type StatusCategory } from "@/lib/domain/implementation-status";
import { redactionSummary, type RedactionSummary } from "@/lib/domain/redaction-summary";
import { computeSchedule, type ScheduleState } from "@/lib/domain/schedule";

/** A published independent assessment, as the open data lists it (decision 0022). */
export type AssessmentRecord = {
  id: string;
  commitmentSlug: string;
  memberSlug: string;
  organisationSlug: string;
  organisationName: string;
  publishedAt: Date;
  periodFrom: Date;
  periodTo: Date;
  status: string;
  narrative: string;
  language: string;
  evidenceUrls: string[];
  responseCount: number;
  isDemo: boolean;
  redaction: RedactionSummary;
};

/** "Today" and the reporting cycles that schedule and freshness are computed against. */
export type ComputeContext = { today: Date; cycles: CurrentCycles<CycleDates> | null };

export type CommitmentRecord = CommitmentRow & {
  status: StatusCategory;
  schedule: ScheduleState;
  freshness: FreshnessState | null;
  /** Themes in the taxonomy's order (then by name), as every table of themes shows them. */
  sortedThemes: { slug: string; name: string }[];
  latestVerification: CommitmentRow["updates"][number]["verification"] | null;
  /** The commitment, its member or its latest update is demonstration data, not real reporting. */
  isDemonstration: boolean;
};

export function toCommitmentRecord(row: CommitmentRow, { today, cycles }: ComputeContext): CommitmentRecord {
  const latest = row.updates[0];
  const pledgedOn = row.meeting.startDate;
  return {
    ...row,
    status: statusCategory(row.currentStatus),
    schedule: computeSchedule({
      today,
      pledgedOn,
      targetDate: row.targetDate,
      status: row.currentStatus,
      percent: row.currentPercent,
      milestones: row.milestones,
    }).state,
    freshness: computeFreshness({ today, pledgedOn, lastPublishedAt: row.lastPublishedAt, cycles }),
    sortedThemes: row.themes
      .map(({ theme }) => theme)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
      .map(({ slug, name }) => ({ slug, name })),
    latestVerification: latest?.verification ?? null,
    isDemonstration: row.isDemo || row.member.isDemo || (latest?.isDemo ?? false),
  };
}

export type UpdateRecord = UpdateRow & { isDemonstration: boolean; redaction: RedactionSummary };

export function toUpdateRecord(row: UpdateRow): UpdateRecord {
  return {
    ...row,
    isDemonstration: row.isDemo || row.commitment.isDemo || row.commitment.member.isDemo,
    redaction: redactionSummary(row.narrativeRedactedAt, row.linksRedactedAt ? [row.linksRedactedAt] : []),
  };
}

/** How many approved commitments there are in each status category. */
export type StatusTally = {
  commitmentCount: number;
  statusCounts: Record<StatusCategory, number>;
  /** A commitment counted, its member or the update its status comes from is demonstration data. */
  includesDemonstrationData: boolean;
};

export type MemberRecord = MemberRow & StatusTally;
export type ThemeRecord = ThemeRow & StatusTally;
export type MeetingRecord = MeetingRow & { commitmentCount: number };

/** Tallies from rows of (key, status, count) as a GROUP BY returns them; keys without a row get zero counts. */
export function tallyByKey(
  rows: readonly { key: string; status: StatusCategory | null; count: number; demo?: boolean }[],
) {
  const empty = (): StatusTally => ({
    commitmentCount: 0,
    statusCounts: emptyStatusCounts(),
    includesDemonstrationData: false,
  });
  const tallies = new Map<string, StatusTally>();
  for (const { key, status, count, demo } of rows) {
    const tally = tallies.get(key) ?? empty();
    tally.commitmentCount += count;
    tally.statusCounts[status ?? "NOT_REPORTED"] += count;
    tally.includesDemonstrationData ||= demo ?? false;
    tallies.set(key, tally);
  }
  return (key: string): StatusTally => tallies.get(key) ?? empty();
}
