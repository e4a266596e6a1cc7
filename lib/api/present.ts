// Records (lib/open-data/records.ts) as the API shows them: snake_case names, coded values, ISO dates, slugs as
// identifiers. Pure; the route's response schema then checks the result and drops anything not documented.
import type { z } from "zod";
import { isoDay } from "@/lib/domain/iso-day";
import type { RedactionSummary } from "@/lib/domain/redaction-summary";
import { code } from "@/lib/open-data/codes";
import type {
  CommitmentRecord,
  MeetingRecord,
  MemberRecord,
  StatusTally,
  ThemeRecord,
  UpdateRecord,
} from "@/lib/open-data/records";
import type { PublicUrls } from "@/lib/open-data/urls";
import { CONTENT_LOCALES } from "@/lib/validation/content-translation";
import type { Commitment, CommitmentDetail } from "./schemas/commitments";
import type { Meeting } from "./schemas/meetings";
import type { Member } from "./schemas/members";
import type { Theme } from "./schemas/themes";
import type { Update } from "./schemas/updates";

const day = (date: Date | null) => (date ? isoDay(date) : null);

/** The redaction fields of an update or assessment (lib/api/schemas/common.ts). */
export const presentRedaction = ({ parts, at }: RedactionSummary) => ({
  redacted_parts: parts,
  redacted_at: at?.toISOString() ?? null,
});

const statusCounts = ({ statusCounts: counts }: StatusTally) =>
  Object.fromEntries(Object.entries(counts).map(([status, count]) => [code(status), count])) as z.input<
    typeof Member
  >["status_counts"];

const query = (name: string, slug: string) => `?${new URLSearchParams({ [name]: slug })}`;

export function presentCommitment(record: CommitmentRecord, urls: PublicUrls): z.input<typeof Commitment> {
  const { member, meeting } = record;
  const hasIndicator = [
    record.indicatorName,
    record.indicatorBaseline,
    record.indicatorTarget,
    record.indicatorUnit,
  ].some((value) => value !== null);
  return {
    slug: record.slug,
    kind: code(record.kind),
    addressed_to: record.addressedTo.map(code),
    addressee_detail: record.addresseeDetail,
    editorial_note: record.editorialNote,
    adopted_from: record.adoptedFromSlug,
    members: record.members,
    title: record.title,
    description: record.description,
    language: CONTENT_LOCALES.find((locale) => locale === record.language) ?? "en",
    translations: record.translations,
    member: {
      slug: member.slug,
      name: member.name,
      kind: code(member.kind),
      iso3: member.isoCode,
      regional_group: member.regionalGroup ? code(member.regionalGroup) : null,
    },
    meeting: { slug: meeting.slug, title: meeting.title, start_date: isoDay(meeting.startDate) },
    themes: record.sortedThemes,
    pillars: record.pillars.map(code),
    target_date: day(record.targetDate),
    indicator: hasIndicator
      ? {
          name: record.indicatorName,
          baseline: record.indicatorBaseline,
          target: record.indicatorTarget,
          unit: record.indicatorUnit,
        }
      : null,
    source_excerpt: record.sourceExcerpt,
    implementation_status: code(record.status),
    percent_complete: record.currentPercent,
    last_published_at: record.lastPublishedAt?.toISOString() ?? null,
    latest_verification: record.latestVerification ? code(record.latestVerification) : null,
    schedule: code(record.schedule),
    reporting_freshness: record.freshness ? code(record.freshness) : null,
    discontinued_reason: record.discontinuedReason,
    published_update_count: record._count.updates,
    demonstration_data: record.isDemonstration,
    url: urls.commitment(record.slug),
    api_url: urls.api(`/commitments/${record.slug}`),
  };
}

export function presentCommitmentDetail(
  record: CommitmentRecord,
  updates: readonly UpdateRecord[],
  urls: PublicUrls,
): z.input<typeof CommitmentDetail> {
  return {
    ...presentCommitment(record, urls),
    milestones: record.milestones.map((milestone) => ({
      title: milestone.title,
      due_date: day(milestone.dueDate),
      reached_on: day(milestone.reachedOn),
    })),
    updates: updates.map((update) => presentUpdate(update, urls)),
  };
}

export function presentUpdate(record: UpdateRecord, urls: PublicUrls): z.input<typeof Update> {
  const { commitment } = record;
  return {
    id: record.id,
    commitment: { slug: commitment.slug, title: commitment.title },
    member: { slug: commitment.member.slug, name: commitment.member.name },
    published_at: record.publishedAt.toISOString(),
    implementation_status: code(record.status),
    percent_complete: record.percentComplete,
    verification: code(record.verification),
    reporting_cycle: record.cycle?.name ?? null,
    narrative: record.narrative,
    evidence: record.evidence.map(({ url, label }) => ({ url, label })),
    barriers: record.barriers.map(({ kind, detail }) => ({ kind: code(kind), detail })),
    milestones_reached: record.milestonesReached,
    demonstration_data: record.isDemonstration,
    url: urls.update(commitment.slug, record.id),
    ...presentRedaction(record.redaction),
  };
}

export function presentMember(record: MemberRecord, urls: PublicUrls): z.input<typeof Member> {
  return {
    slug: record.slug,
    name: record.name,
    short_name: record.shortName,
    kind: code(record.kind),
    iso3: record.isoCode,
    regional_group: record.regionalGroup ? code(record.regionalGroup) : null,
    commitment_count: record.commitmentCount,
    status_counts: statusCounts(record),
    includes_demonstration_data: record.includesDemonstrationData,
    demonstration_data: record.isDemo,
    url: urls.member(record.slug),
    api_url: urls.api(`/members/${record.slug}`),
    commitments_api_url: urls.api(`/commitments${query("member", record.slug)}`),
  };
}

export function presentTheme(record: ThemeRecord, urls: PublicUrls): z.input<typeof Theme> {
  return {
    slug: record.slug,
    name: record.name,
    description: record.description,
    sort_order: record.sortOrder,
    commitment_count: record.commitmentCount,
    status_counts: statusCounts(record),
    includes_demonstration_data: record.includesDemonstrationData,
    url: urls.theme(record.slug),
    commitments_api_url: urls.api(`/commitments${query("theme", record.slug)}`),
  };
}

export function presentMeeting(record: MeetingRecord, urls: PublicUrls): z.input<typeof Meeting> {
  return {
    slug: record.slug,
    title: record.title,
    kind: code(record.kind),
    city: record.city,
    country: record.country,
    start_date: isoDay(record.startDate),
    end_date: isoDay(record.endDate),
    theme: record.theme,
    source_title: record.sourceTitle,
    parent_meeting_slug: record.parentMeeting?.slug ?? null,
    organisers: record.organisers.map(({ role, member }) => ({
      member_slug: member.slug,
      member_name: member.name,
      role: code(role),
    })),
    commitment_count: record.commitmentCount,
    demonstration_data: record.isDemo,
    commitments_api_url: urls.api(`/commitments${query("meeting", record.slug)}`),
  };
}
