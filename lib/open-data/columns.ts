// The column schema of the open data downloads: the single source of truth for every table's columns, their order,
// types, constraints and descriptions. The CSV files, the XLSX sheets, the JSON download and the Frictionless data
// package descriptor (the data dictionary) are all generated from these definitions, so they cannot drift apart.
//
// Names are stable snake_case; a column is only ever added at the end of its table, never renamed or removed. The
// same name means the same thing in every table (member_slug in commitments.csv is member_slug in members.csv).
// Lists of codes or slugs are separated by ";"; lists of free text (titles, links) hold one item per line.
//
// commitments.csv starts with exactly the columns of the secretariat's CSV export, in its order
// (./commitments-csv-columns.ts): the type below makes forgetting one a compile error.
import { COMMITMENTS_CSV_COLUMNS, type CommitmentsCsvColumn } from "./commitments-csv-columns";
import { STATUS_CATEGORIES, type StatusCategory } from "@/lib/domain/implementation-status";
import type { RedactionSummary } from "@/lib/domain/redaction-summary";
import { code } from "./codes";
import type {
  AssessmentRecord,
  CommitmentRecord,
  MeetingRecord,
  MemberRecord,
  StatusTally,
  ThemeRecord,
  UpdateRecord,
} from "./records";
import type { PublicUrls } from "./urls";
import {
  ADDRESSEE_CODES,
  BARRIER_CODES,
  COMMITMENT_KIND_CODES,
  FRESHNESS_CODES,
  MEETING_KIND_CODES,
  MEMBER_KIND_CODES,
  PILLAR_CODES,
  REDACTED_PART_CODES,
  REGIONAL_GROUP_CODES,
  REPORTED_STATUS_CODES,
  SCHEDULE_CODES,
  SLUG_PATTERN,
  STATUS_CODES,
  VERIFICATION_CODES,
} from "./vocabulary";

/** Frictionless Table Schema field types. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "datetime";
export type CellValue = string | number | boolean | Date | null;

type Constraints = {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
};

export type ColumnContext = { urls: PublicUrls };

type ColumnSpec<Row> = {
  type: FieldType;
  /** Frictionless string formats: uri and uuid are checked by validators. */
  format?: "uri" | "uuid";
  description: string;
  constraints?: Constraints;
  /** Long free text: a wider column in the XLSX sheet. */
  long?: boolean;
  value: (row: Row, context: ColumnContext) => CellValue;
};

export type Column<Row> = ColumnSpec<Row> & { name: string };

type ForeignKey = { fields: string; reference: { resource: string; fields: string } };

export type Table<Row> = {
  /** The resource name: the file is `<name>.csv` and the sheet `<name>`. */
  name: string;
  title: string;
  description: string;
  primaryKey: string;
  foreignKeys: ForeignKey[];
  columns: Column<Row>[];
};

const columns = <Row>(specs: Record<string, ColumnSpec<Row>>): Column<Row>[] =>
  Object.entries(specs).map(([name, spec]) => ({ name, ...spec }));

const REQUIRED = { required: true } as const;
const KEY = { required: true, unique: true, pattern: SLUG_PATTERN } as const;
const SLUG = { pattern: SLUG_PATTERN } as const;
const PERCENT = { minimum: 0, maximum: 100 } as const;
const COUNT = { required: true, minimum: 0 } as const;

/** null for an empty list, so that "none" reads as an empty cell in every format. */
const list = (items: readonly string[], separator: ";" | "\n") => (items.length > 0 ? items.join(separator) : null);

export const EVIDENCE_LABELS_DESCRIPTION =
  "Titles of the evidence links, one per line, line for line with evidence_urls: an empty line for a link without " +
  "a title; empty when no link has one.";

/**
 * evidence_labels: line n titles line n of evidence_urls. A line break typed inside a title becomes a space, so the
 * lines of the two cells always pair up.
 */
export function evidenceLabels(evidence: readonly { label: string | null }[]): string | null {
  if (!evidence.some((link) => link.label)) return null;
  return evidence.map((link) => (link.label ?? "").replace(/\s*[\r\n]+\s*/g, " ")).join("\n");
}

/** What the secretariat removed after publication (decision 0023): the last columns of updates and assessments. */
const redactionColumns = <Row extends { redaction: RedactionSummary }>(): Record<string, ColumnSpec<Row>> => ({
  redacted_parts: {
    type: "string",
    description:
      `Parts the secretariat removed after publication to keep people safe, separated by ";": ` +
      `${REDACTED_PART_CODES.join(" | ")}. A removed narrative is an empty cell and removed links are missing from ` +
      "evidence_urls; the removed words are kept nowhere. Empty when nothing was removed.",
    value: (row) => list(row.redaction.parts, ";"),
  },
  redacted_at: {
    type: "datetime",
    description: "When the secretariat last removed a part (UTC); empty when nothing was removed.",
    value: (row) => row.redaction.at,
  },
});

const statusCountColumns = <Row extends StatusTally>(subject: string): Record<string, ColumnSpec<Row>> => ({
  commitment_count: {
    type: "integer",
    description: `Number of approved pledges ${subject} (status applies to pledges only).`,
    constraints: COUNT,
    value: (row) => row.commitmentCount,
  },
  ...Object.fromEntries(
    STATUS_CATEGORIES.map((status: StatusCategory): [string, ColumnSpec<Row>] => [
      `commitments_${code(status)}`,
      {
        type: "integer",
        description: `Of those, how many have the implementation status ${code(status)}.`,
        constraints: COUNT,
        value: (row) => row.statusCounts[status],
      },
    ]),
  ),
  includes_demonstration_data: {
    type: "boolean",
    description:
      "true when these counts include demonstration data (a commitment, its member or the update its status comes " +
      "from), not real reporting.",
    value: (row) => row.includesDemonstrationData,
  },
});

const secretariatExportColumns: { [Name in CommitmentsCsvColumn]: ColumnSpec<CommitmentRecord> } = {
  commitment_slug: {
    type: "string",
    description: "Stable identifier of the commitment; the last part of its public URL.",
    constraints: KEY,
    value: (row) => row.slug,
  },
  commitment_title: {
    type: "string",
    description: "Title of the commitment.",
    constraints: REQUIRED,
    value: (row) => row.title,
  },
  member_name: {
    type: "string",
    description: "Full name of the member that made the commitment.",
    constraints: REQUIRED,
    value: (row) => row.member.name,
  },
  member_kind: {
    type: "string",
    description: "Kind of member.",
    constraints: { required: true, enum: MEMBER_KIND_CODES },
    value: (row) => code(row.member.kind),
  },
  member_iso3: {
    type: "string",
    description: "ISO 3166-1 alpha-3 code of a member state; empty for other members.",
    constraints: { pattern: "^[A-Z]{3}$" },
    value: (row) => row.member.isoCode,
  },
  themes: {
    type: "string",
    description: 'Theme names in the taxonomy\'s order, separated by ";" (theme_slugs has their slugs).',
    value: (row) =>
      list(
        row.sortedThemes.map((theme) => theme.name),
        ";",
      ),
  },
  pillars: {
    type: "string",
    description: `UNSCR 1325 pillars, separated by ";": ${PILLAR_CODES.join(" | ")}.`,
    value: (row) => list(row.pillars.map(code), ";"),
  },
  meeting: {
    type: "string",
    description: "Title of the meeting where the commitment was made.",
    constraints: REQUIRED,
    value: (row) => row.meeting.title,
  },
  meeting_date: {
    type: "date",
    description: "First day of that meeting.",
    constraints: REQUIRED,
    value: (row) => row.meeting.startDate,
  },
  target_date: { type: "date", description: "Target date; empty when none was set.", value: (row) => row.targetDate },
  approval: {
    type: "string",
    description: "Always approved: only approved commitments are published.",
    constraints: { required: true, enum: ["approved"] },
    value: (row) => code(row.approval),
  },
  implementation_status: {
    type: "string",
    description:
      "Latest published implementation status; not_reported when nothing has been published yet (silence is its " +
      "own category, never folded into not_started).",
    constraints: { required: true, enum: STATUS_CODES },
    value: (row) => code(row.status),
  },
  percent_complete: {
    type: "integer",
    description: "Percent complete from the latest published update; empty when it gave none.",
    constraints: PERCENT,
    value: (row) => row.currentPercent,
  },
  last_published_at: {
    type: "datetime",
    description: "When the latest update was published (UTC); empty when none has been.",
    value: (row) => row.lastPublishedAt,
  },
  latest_verification: {
    type: "string",
    description: "Verification of the latest published update; empty when none has been published.",
    constraints: { enum: VERIFICATION_CODES },
    value: (row) => (row.latestVerification ? code(row.latestVerification) : null),
  },
  demonstration_data: {
    type: "boolean",
    description: "true when the commitment, its member or its latest update is demonstration data, not real reporting.",
    constraints: REQUIRED,
    value: (row) => row.isDemonstration,
  },
  url: {
    type: "string",
    format: "uri",
    description: "Public page of the commitment.",
    constraints: REQUIRED,
    value: (row, { urls }) => urls.commitment(row.slug),
  },
};

const commitments: Table<CommitmentRecord> = {
  name: "commitments",
  title: "Commitments",
  description: "Every approved commitment, with its latest published status and the facts computed from it.",
  primaryKey: "commitment_slug",
  foreignKeys: [
    { fields: "member_slug", reference: { resource: "members", fields: "member_slug" } },
    { fields: "meeting_slug", reference: { resource: "meetings", fields: "meeting_slug" } },
  ],
  columns: [
    ...COMMITMENTS_CSV_COLUMNS.map((name) => ({ name, ...secretariatExportColumns[name] })),
    ...columns<CommitmentRecord>({
      member_slug: {
        type: "string",
        description: "Identifier of the member (members.csv).",
        constraints: { ...REQUIRED, ...SLUG },
        value: (row) => row.member.slug,
      },
      meeting_slug: {
        type: "string",
        description: "Identifier of the meeting (meetings.csv).",
        constraints: { ...REQUIRED, ...SLUG },
        value: (row) => row.meeting.slug,
      },
      theme_slugs: {
        type: "string",
        description: 'Identifiers of the themes (themes.csv), in the same order as themes, separated by ";".',
        value: (row) =>
          list(
            row.sortedThemes.map((theme) => theme.slug),
            ";",
          ),
      },
      description: {
        type: "string",
        description: "What was pledged, in full.",
        constraints: REQUIRED,
        long: true,
        value: (row) => row.description,
      },
      source_excerpt: {
        type: "string",
        description: "The verbatim words of the source document the commitment comes from, spelling unchanged.",
        long: true,
        value: (row) => row.sourceExcerpt,
      },
      indicator_name: {
        type: "string",
        description: "What the indicator measures.",
        value: (row) => row.indicatorName,
      },
      indicator_baseline: {
        type: "number",
        description: "Value of the indicator when the commitment was made.",
        value: (row) => row.indicatorBaseline,
      },
      indicator_target: {
        type: "number",
        description: "Value of the indicator the commitment aims for.",
        value: (row) => row.indicatorTarget,
      },
      indicator_unit: {
        type: "string",
        description: "Unit of the indicator values.",
        value: (row) => row.indicatorUnit,
      },
      milestone_count: {
        type: "integer",
        description: "Number of milestones set for the commitment.",
        constraints: COUNT,
        value: (row) => row.milestones.length,
      },
      milestones_reached: {
        type: "integer",
        description: "Number of those milestones reached.",
        constraints: COUNT,
        value: (row) => row.milestones.filter((milestone) => milestone.reachedOn !== null).length,
      },
      schedule: {
        type: "string",
        description:
          "Computed on the day of the download from the target date, the milestones and the latest status: on_track, " +
          "at_risk, off_track, overdue, no_target (no target date set), done (completed or discontinued).",
        constraints: { required: true, enum: SCHEDULE_CODES },
        value: (row) => code(row.schedule),
      },
      reporting_freshness: {
        type: "string",
        description:
          "Computed on the day of the download from the current reporting cycle: reported (this cycle), due, " +
          "not_reported (the due date has passed), inactive (nothing in two cycles); empty before the first cycle.",
        constraints: { enum: FRESHNESS_CODES },
        value: (row) => (row.freshness ? code(row.freshness) : null),
      },
      discontinued_reason: {
        type: "string",
        description: "Why the commitment was discontinued, when it was.",
        long: true,
        value: (row) => row.discontinuedReason,
      },
      published_update_count: {
        type: "integer",
        description: "Number of published progress updates (updates.csv).",
        constraints: COUNT,
        value: (row) => row._count.updates,
      },
      commitment_kind: {
        type: "string",
        description:
          "Kind of statement: pledge (the member commits to act; only pledges have a status, schedule and freshness), " +
          "recommendation (a call on others to act) or practice (something already done, shared as an example).",
        constraints: { required: true, enum: COMMITMENT_KIND_CODES },
        value: (row) => code(row.kind),
      },
      addressed_to: {
        type: "string",
        description: `Whom a recommendation is addressed to, separated by ";": ${ADDRESSEE_CODES.join(" | ")}.`,
        value: (row) => list(row.addressedTo.map(code), ";"),
      },
      addressee_detail: {
        type: "string",
        description: "The addressees in words, where the codes do not say it all.",
        value: (row) => row.addresseeDetail,
      },
      editorial_note: {
        type: "string",
        description: "Where the curated title or description departs from the source wording, and why.",
        long: true,
        value: (row) => row.editorialNote,
      },
      adopted_from_slug: {
        type: "string",
        description: "The recommendation this pledge takes up (its commitment_slug); empty when none.",
        constraints: SLUG,
        value: (row) => row.adoptedFromSlug,
      },
      member_slugs: {
        type: "string",
        description:
          'Every member of the commitment, separated by ";": the lead (member_slug) first, then co-members of a ' +
          "joint commitment. A joint commitment is one row, counted once.",
        constraints: REQUIRED,
        value: (row) =>
          list(
            row.members.map((member) => member.slug),
            ";",
          ),
      },
      member_names: {
        type: "string",
        description: 'Their names, in the same order, separated by ";".',
        constraints: REQUIRED,
        value: (row) =>
          list(
            row.members.map((member) => member.name),
            ";",
          ),
      },
    }),
  ],
};

const updates: Table<UpdateRecord> = {
  name: "updates",
  title: "Progress updates",
  description: "Every published progress update on an approved commitment, oldest first.",
  primaryKey: "update_id",
  foreignKeys: [
    { fields: "commitment_slug", reference: { resource: "commitments", fields: "commitment_slug" } },
    { fields: "member_slug", reference: { resource: "members", fields: "member_slug" } },
  ],
  columns: columns<UpdateRecord>({
    update_id: {
      type: "string",
      format: "uuid",
      description: "Stable identifier of the update; the anchor of its entry on the commitment's page.",
      constraints: { required: true, unique: true },
      value: (row) => row.id,
    },
    commitment_slug: {
      type: "string",
      description: "Identifier of the commitment (commitments.csv).",
      constraints: { ...REQUIRED, ...SLUG },
      value: (row) => row.commitment.slug,
    },
    member_slug: {
      type: "string",
      description: "Identifier of the member that reported (members.csv).",
      constraints: { ...REQUIRED, ...SLUG },
      value: (row) => row.commitment.member.slug,
    },
    published_at: {
      type: "datetime",
      description: "When the update was published after review (UTC).",
      constraints: REQUIRED,
      value: (row) => row.publishedAt,
    },
    implementation_status: {
      type: "string",
      description: "Implementation status reported.",
      constraints: { required: true, enum: REPORTED_STATUS_CODES },
      value: (row) => code(row.status),
    },
    percent_complete: {
      type: "integer",
      description: "Percent complete reported; empty when none was given.",
      constraints: PERCENT,
      value: (row) => row.percentComplete,
    },
    verification: {
      type: "string",
      description: "self_reported, reviewed by the secretariat, or evidence_verified.",
      constraints: { required: true, enum: VERIFICATION_CODES },
      value: (row) => code(row.verification),
    },
    reporting_cycle: {
      type: "string",
      description: "Name of the reporting cycle the update reports for, if any.",
      value: (row) => row.cycle?.name ?? null,
    },
    narrative: {
      type: "string",
      description: "What was done, in the member's words; empty when the secretariat redacted it (redacted_parts).",
      long: true,
      value: (row) => row.narrative,
    },
    evidence_urls: {
      type: "string",
      description: "Links to evidence, one per line.",
      long: true,
      value: (row) =>
        list(
          row.evidence.map((link) => link.url),
          "\n",
        ),
    },
    barriers: {
      type: "string",
      description: `Kinds of barrier met, separated by ";": ${BARRIER_CODES.join(" | ")}.`,
      value: (row) =>
        list(
          row.barriers.map((barrier) => code(barrier.kind)),
          ";",
        ),
    },
    barrier_details: {
      type: "string",
      description: 'What was said about each barrier, one per line, as "kind: detail".',
      long: true,
      value: (row) =>
        list(
          row.barriers.flatMap((barrier) => (barrier.detail ? [`${code(barrier.kind)}: ${barrier.detail}`] : [])),
          "\n",
        ),
    },
    milestones_reached: {
      type: "string",
      description: "Titles of the milestones the update reports as reached, one per line.",
      long: true,
      value: (row) => list(row.milestonesReached, "\n"),
    },
    demonstration_data: {
      type: "boolean",
      description: "true when the update, its commitment or its member is demonstration data, not real reporting.",
      constraints: REQUIRED,
      value: (row) => row.isDemonstration,
    },
    url: {
      type: "string",
      format: "uri",
      description: "The update's entry on the public page of its commitment.",
      constraints: REQUIRED,
      value: (row, { urls }) => urls.update(row.commitment.slug, row.id),
    },
    evidence_labels: {
      type: "string",
      description: EVIDENCE_LABELS_DESCRIPTION,
      long: true,
      value: (row) => evidenceLabels(row.evidence),
    },
    ...redactionColumns<UpdateRecord>(),
  }),
};

const members: Table<MemberRecord> = {
  name: "members",
  title: "Members",
  description: "Every member of the Network, with the number of approved commitments in each status.",
  primaryKey: "member_slug",
  foreignKeys: [],
  columns: columns<MemberRecord>({
    member_slug: {
      type: "string",
      description: "Stable identifier of the member.",
      constraints: KEY,
      value: (row) => row.slug,
    },
    member_name: { type: "string", description: "Full name.", constraints: REQUIRED, value: (row) => row.name },
    member_short_name: { type: "string", description: "Short name, when it has one.", value: (row) => row.shortName },
    member_kind: {
      type: "string",
      description: "Kind of member.",
      constraints: { required: true, enum: MEMBER_KIND_CODES },
      value: (row) => code(row.kind),
    },
    member_iso3: {
      type: "string",
      description: "ISO 3166-1 alpha-3 code of a member state; empty for other members.",
      constraints: { pattern: "^[A-Z]{3}$" },
      value: (row) => row.isoCode,
    },
    regional_group: {
      type: "string",
      description: "UN regional group of a member state; empty for other members.",
      constraints: { enum: REGIONAL_GROUP_CODES },
      value: (row) => (row.regionalGroup ? code(row.regionalGroup) : null),
    },
    ...statusCountColumns<MemberRecord>("made by the member"),
    demonstration_data: {
      type: "boolean",
      description: "true for a fictional member made up for demonstration.",
      constraints: REQUIRED,
      value: (row) => row.isDemo,
    },
    url: {
      type: "string",
      format: "uri",
      description: "Public page of the member.",
      constraints: REQUIRED,
      value: (row, { urls }) => urls.member(row.slug),
    },
  }),
};

const themes: Table<ThemeRecord> = {
  name: "themes",
  title: "Themes",
  description:
    "The Network's taxonomy of themes, in its order, with the number of approved commitments in each status.",
  primaryKey: "theme_slug",
  foreignKeys: [],
  columns: columns<ThemeRecord>({
    theme_slug: {
      type: "string",
      description: "Stable identifier of the theme.",
      constraints: KEY,
      value: (row) => row.slug,
    },
    theme_name: { type: "string", description: "Name of the theme.", constraints: REQUIRED, value: (row) => row.name },
    theme_description: {
      type: "string",
      description: "What the theme covers.",
      long: true,
      value: (row) => row.description,
    },
    sort_order: {
      type: "integer",
      description: "Position of the theme in the taxonomy (lowest first).",
      constraints: REQUIRED,
      value: (row) => row.sortOrder,
    },
    ...statusCountColumns<ThemeRecord>("with the theme"),
    url: {
      type: "string",
      format: "uri",
      description: "Public page of the theme.",
      constraints: REQUIRED,
      value: (row, { urls }) => urls.theme(row.slug),
    },
  }),
};

const meetings: Table<MeetingRecord> = {
  name: "meetings",
  title: "Meetings",
  description: "The meetings where commitments were made or reported on.",
  primaryKey: "meeting_slug",
  foreignKeys: [{ fields: "parent_meeting_slug", reference: { resource: "", fields: "meeting_slug" } }],
  columns: columns<MeetingRecord>({
    meeting_slug: {
      type: "string",
      description: "Stable identifier of the meeting.",
      constraints: KEY,
      value: (row) => row.slug,
    },
    meeting_title: {
      type: "string",
      description: "Title of the meeting.",
      constraints: REQUIRED,
      value: (row) => row.title,
    },
    meeting_kind: {
      type: "string",
      description: "capital_level (the annual meeting), debrief, or other.",
      constraints: { required: true, enum: MEETING_KIND_CODES },
      value: (row) => code(row.kind),
    },
    city: { type: "string", description: "City where it was held.", constraints: REQUIRED, value: (row) => row.city },
    country: {
      type: "string",
      description: "Country where it was held.",
      constraints: REQUIRED,
      value: (row) => row.country,
    },
    start_date: { type: "date", description: "First day.", constraints: REQUIRED, value: (row) => row.startDate },
    end_date: { type: "date", description: "Last day.", constraints: REQUIRED, value: (row) => row.endDate },
    meeting_theme: { type: "string", description: "Theme of the meeting, if it had one.", value: (row) => row.theme },
    source_title: {
      type: "string",
      description: "Title of the document the meeting's commitments come from.",
      value: (row) => row.sourceTitle,
    },
    parent_meeting_slug: {
      type: "string",
      description: "For a debrief: the meeting it reports on.",
      constraints: SLUG,
      value: (row) => row.parentMeeting?.slug ?? null,
    },
    chair_member_slug: {
      type: "string",
      description: "The member that chaired the meeting (members.csv).",
      constraints: SLUG,
      value: (row) => row.organisers.find((organiser) => organiser.role === "CHAIR")?.member.slug ?? null,
    },
    co_organiser_member_slugs: {
      type: "string",
      description: 'The members that co-organised it, separated by ";".',
      value: (row) =>
        list(
          row.organisers.filter((organiser) => organiser.role === "CO_ORGANISER").map(({ member }) => member.slug),
          ";",
        ),
    },
    commitment_count: {
      type: "integer",
      description: "Number of approved commitments made at the meeting.",
      constraints: COUNT,
      value: (row) => row.commitmentCount,
    },
    demonstration_data: {
      type: "boolean",
      description: "true for a meeting made up for demonstration.",
      constraints: REQUIRED,
      value: (row) => row.isDemo,
    },
  }),
};

const assessments: Table<AssessmentRecord> = {
  name: "assessments",
  title: "Independent assessments",
  description:
    "Every published independent assessment of an approved commitment by an accredited civil-society organisation. " +
    "An assessment never changes the member's own reported status (commitments.csv, updates.csv).",
  primaryKey: "assessment_id",
  foreignKeys: [
    { fields: "commitment_slug", reference: { resource: "commitments", fields: "commitment_slug" } },
    { fields: "member_slug", reference: { resource: "members", fields: "member_slug" } },
  ],
  columns: columns<AssessmentRecord>({
    assessment_id: {
      type: "string",
      format: "uuid",
      description: "Stable identifier of the assessment.",
      constraints: { required: true, unique: true },
      value: (row) => row.id,
    },
    commitment_slug: {
      type: "string",
      description: "Identifier of the commitment assessed (commitments.csv).",
      constraints: { ...REQUIRED, ...SLUG },
      value: (row) => row.commitmentSlug,
    },
    member_slug: {
      type: "string",
      description: "Identifier of the member whose commitment was assessed, its lead (members.csv).",
      constraints: { ...REQUIRED, ...SLUG },
      value: (row) => row.memberSlug,
    },
    organisation_slug: {
      type: "string",
      description: "Identifier of the accredited organisation that published the assessment (members.csv).",
      constraints: { ...REQUIRED, ...SLUG },
      value: (row) => row.organisationSlug,
    },
    organisation_name: {
      type: "string",
      description: "Name of the organisation that published the assessment.",
      constraints: REQUIRED,
      value: (row) => row.organisationName,
    },
    published_at: {
      type: "datetime",
      description: "When the assessment was published after review (UTC).",
      constraints: REQUIRED,
      value: (row) => row.publishedAt,
    },
    period_from: {
      type: "date",
      description: "First day the assessment covers.",
      constraints: REQUIRED,
      value: (row) => row.periodFrom,
    },
    period_to: {
      type: "date",
      description: "Last day the assessment covers.",
      constraints: REQUIRED,
      value: (row) => row.periodTo,
    },
    assessed_status: {
      type: "string",
      description: "The organisation's own rating, on the scale of progress updates.",
      constraints: { required: true, enum: REPORTED_STATUS_CODES },
      value: (row) => code(row.status),
    },
    narrative: {
      type: "string",
      description:
        "The assessment, in the organisation's words; empty when the secretariat redacted it (redacted_parts).",
      long: true,
      value: (row) => row.narrative,
    },
    language: {
      type: "string",
      description: "The language the narrative is written in: en, ar, es, fr, ru or zh.",
      constraints: REQUIRED,
      value: (row) => row.language,
    },
    evidence_urls: {
      type: "string",
      description: "Links to evidence, one per line.",
      long: true,
      value: (row) => list(row.evidenceUrls, "\n"),
    },
    response_count: {
      type: "integer",
      description: "Number of responses the member published under the assessment (shown on the commitment's page).",
      constraints: COUNT,
      value: (row) => row.responseCount,
    },
    demonstration_data: {
      type: "boolean",
      description: "true for an assessment made up for demonstration.",
      constraints: REQUIRED,
      value: (row) => row.isDemo,
    },
    ...redactionColumns<AssessmentRecord>(),
  }),
};

export type OpenDataTables = {
  commitments: Table<CommitmentRecord>;
  updates: Table<UpdateRecord>;
  members: Table<MemberRecord>;
  themes: Table<ThemeRecord>;
  meetings: Table<MeetingRecord>;
  assessments: Table<AssessmentRecord>;
};

export type TableName = keyof OpenDataTables;

export const OPEN_DATA_TABLES: OpenDataTables = { commitments, updates, members, themes, meetings, assessments };

/** The order of the files, sheets and resources. */
export const TABLE_NAMES = [
  "commitments",
  "updates",
  "members",
  "themes",
  "meetings",
  "assessments",
] as const satisfies TableName[];
