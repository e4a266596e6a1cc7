// The column schema of the commitments CSV, which the open data's commitments.csv (./columns.ts) and the secretariat's
// export (lib/exports/secretariat-tables.ts) both start with: the single source of truth for its names, order and
// value formats. Names are stable snake_case; a column is only ever added at the end, never renamed or removed
// (people build spreadsheets and scripts on them).
//
// File format: UTF-8 with a byte order mark (so that Excel, which most readers of this file use, detects UTF-8 and
// shows "Côte d'Ivoire" and "–" correctly; pandas reads it with encoding="utf-8-sig"), one header row, comma
// separated, RFC 4180 quoting, CRLF line ends. Empty cell = no value.
//
// Text cells that start with = + - @ tab or carriage return get a leading single quote (see
// ./neutralise-formula.ts) so that spreadsheets show them instead of running them as formulas; strip that
// quote when processing such a cell by program.

export const COMMITMENTS_CSV_COLUMNS = [
  /** Stable identifier of the commitment; the last part of its public URL. */
  "commitment_slug",
  /** Title of the commitment. */
  "commitment_title",
  /** Full name of the member that made the commitment. */
  "member_name",
  /** member_state | regional_organisation | un_entity | civil_society */
  "member_kind",
  /** ISO 3166-1 alpha-3 code; member states only, empty otherwise. */
  "member_iso3",
  /** Theme names in the taxonomy's order, separated by ";". */
  "themes",
  /** UNSCR 1325 pillars, separated by ";": participation | protection | prevention | relief_recovery */
  "pillars",
  /** Title of the meeting where the commitment was made. */
  "meeting",
  /** First day of that meeting, YYYY-MM-DD. */
  "meeting_date",
  /** Target date, YYYY-MM-DD; empty when none was set. */
  "target_date",
  /** approved | proposed | returned (only approved commitments are public). */
  "approval",
  /** Latest published status: not_reported (nothing published yet) | not_started | in_progress |
   * substantially_complete | completed | discontinued */
  "implementation_status",
  /** Percent complete, a whole number 0–100, from the latest published update; empty when it gave none. */
  "percent_complete",
  /** When the latest update was published, ISO 8601 in UTC (e.g. 2026-03-01T09:30:00.000Z); empty when none. */
  "last_published_at",
  /** Verification of the latest published update: self_reported | reviewed | evidence_verified; empty when none. */
  "latest_verification",
  /** true when the commitment, its member or its latest update is demonstration data, not real reporting. */
  "demonstration_data",
  /** Public page of the commitment (approved commitments only; empty otherwise). */
  "url",
] as const;

export type CommitmentsCsvColumn = (typeof COMMITMENTS_CSV_COLUMNS)[number];

// The secretariat's export (/secretariat/exports) writes the columns above, then these, in this order. Same rules:
// only ever added at the end. The open data's commitments.csv (./columns.ts) starts with the columns
// above only: the ones below include values the public never sees (unpublished states, review notes).
export const SECRETARIAT_EXTRA_COLUMNS = [
  /** Identifier of the member: the last part of its public URL. */
  "member_slug",
  /** Identifier of the meeting where the commitment was made. */
  "meeting_slug",
  /** Identifiers of the themes, in the same order as themes, separated by ";". */
  "theme_slugs",
  /** implementation_status on OGP's completion scale: not_started | limited | substantial | complete; empty when
   * nothing was published (lib/domain/status-crosswalk.ts documents the mapping). */
  "ogp_completion",
  /** implementation_status on the WPS-HA Compact's progress scale: no_progress | limited | met (exceeded is never
   * derived); empty when nothing was published. */
  "compact_progress",
  /** Computed on the day of the export: on_track | at_risk | off_track | overdue | no_target | done. */
  "schedule",
  /** Computed on the day of the export: reported | due | not_reported | inactive; empty before the first cycle. */
  "reporting_freshness",
  /** Number of published progress updates. */
  "published_update_count",
  /** Number of progress updates not published: drafts, submitted for review, or returned. */
  "pending_update_count",
  /** What was pledged, in full. */
  "description",
  /** Why the commitment was discontinued, when it was. */
  "discontinued_reason",
  /** The secretariat's comment on a proposed or returned commitment. */
  "approval_comment",
  /** Kind of statement: pledge | recommendation | practice (status applies to pledges only). */
  "commitment_kind",
  /** Whom a recommendation is addressed to, separated by ";": network | network_members | security_council |
   * security_council_members | un_entities | all_member_states | other */
  "addressed_to",
  /** The addressees in words. */
  "addressee_detail",
  /** Where the curated title or description departs from the source wording, and why. */
  "editorial_note",
  /** The recommendation this pledge takes up (its commitment_slug). */
  "adopted_from_slug",
  /** Every member, the lead (member_slug) first, then co-members of a joint commitment, separated by ";". */
  "member_slugs",
  /** Their names, in the same order, separated by ";". */
  "member_names",
] as const;

export type SecretariatExtraColumn = (typeof SECRETARIAT_EXTRA_COLUMNS)[number];

export const SECRETARIAT_COMMITMENTS_CSV_COLUMNS = [...COMMITMENTS_CSV_COLUMNS, ...SECRETARIAT_EXTRA_COLUMNS] as const;
