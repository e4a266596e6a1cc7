// commitments.csv as one SQL statement for COPY (./copy-csv.ts): the values iterateCommitmentRecords and
// toCommitmentRecord give each column (./commitment-rows.ts, lib/open-data/records.ts, lib/open-data/columns.ts),
// computed by PostgreSQL. Schedule and freshness come from the SQL twins of lib/domain/schedule.ts and freshness.ts
// (migration 20261214000000_open_data_csv_functions); csv-sql.int.test.ts proves the file identical to the one the
// TypeScript writer makes. The latest published update's facts and the themes are read from the commitment row, where
// triggers keep them (migration 20261215000000_commitment_derived_facts): aggregating them here took most of the time.
// Milestones and co-members are still aggregated once per table (hash joins) rather than per row.
import { escapeLiteral } from "pg";
import { OPEN_DATA_TABLES } from "@/lib/open-data/columns";
import type { PublicUrls } from "@/lib/open-data/urls";
import {
  ApprovalState,
  CommitmentKind,
  ImplementationStatus,
  MemberKind,
  Verification,
} from "@/lib/generated/prisma/enums";
import { FRESHNESS_STATES, type CurrentCycles, type CycleDates } from "@/lib/domain/freshness";
import { isoDay } from "@/lib/domain/iso-day";
import { SCHEDULE_STATES } from "@/lib/domain/schedule";
import { codeSql, csvSelectList, slugSql, verbatim, type CellSql } from "./csv-select";

export type CsvSqlContext = {
  urls: PublicUrls;
  /** The day of the download, YYYY-MM-DD (UTC). */
  today: string;
  /** The current reporting cycle and the one before it on that day (pickCurrentCycle), null before the first. */
  cycles: CurrentCycles<CycleDates> | null;
};

/** A day as an SQL date literal: values known before the statement, so that PostgreSQL's workers compute every cell. */
const dateLiteral = (value: Date | null | undefined) =>
  value ? `${escapeLiteral(isoDay(value))}::date` : "NULL::date";

export function commitmentsCsvSql({ urls, today, cycles }: CsvSqlContext): string {
  const day = `${escapeLiteral(today)}::date`;
  const cycle = {
    currentStartsOn: dateLiteral(cycles?.current.startsOn),
    currentDueOn: dateLiteral(cycles?.current.dueOn),
    previousStartsOn: dateLiteral(cycles?.previous?.startsOn),
    previousEndsOn: dateLiteral(cycles?.previous?.endsOn),
  };
  const values: Record<string, CellSql> = {
    commitment_slug: slugSql("c.slug"),
    commitment_title: "c.title",
    member_name: "m.name",
    member_kind: codeSql("m.kind", Object.values(MemberKind)),
    member_iso3: "m.iso_code",
    themes: "array_to_string(c.theme_names, ';')",
    pillars: "lower(array_to_string(c.pillars, ';'))",
    meeting: "mt.title",
    meeting_date: "mt.start_date",
    target_date: "c.target_date",
    approval: codeSql("c.approval", Object.values(ApprovalState)),
    implementation_status: codeSql("coalesce(c.current_status::text, 'NOT_REPORTED')", [
      ...Object.values(ImplementationStatus),
      "NOT_REPORTED",
    ]),
    percent_complete: "c.current_percent",
    last_published_at: "c.last_published_at",
    latest_verification: codeSql("c.latest_verification", Object.values(Verification)),
    demonstration_data: "c.is_demo OR m.is_demo OR c.latest_update_is_demo",
    url: verbatim(`${escapeLiteral(urls.commitment(""))} || c.slug`),
    member_slug: slugSql("m.slug"),
    meeting_slug: "mt.slug",
    theme_slugs: slugSql("nullif(array_to_string(c.theme_slugs, ';'), '')"),
    description: "c.description",
    source_excerpt: "c.source_excerpt",
    indicator_name: "c.indicator_name",
    indicator_baseline: "c.indicator_baseline",
    indicator_target: "c.indicator_target",
    indicator_unit: "c.indicator_unit",
    milestone_count: "coalesce(ms.count, 0)",
    milestones_reached: "coalesce(ms.reached, 0)",
    schedule: codeSql(
      `commitment_schedule(${day}, mt.start_date, c.target_date, c.current_status, c.current_percent,
      coalesce(ms.missed, false))`,
      SCHEDULE_STATES,
    ),
    reporting_freshness: codeSql(
      `commitment_freshness(${day}, mt.start_date, (c.last_published_at AT TIME ZONE 'UTC')::date,
      ${cycle.currentStartsOn}, ${cycle.currentDueOn}, ${cycle.previousStartsOn}, ${cycle.previousEndsOn})`,
      FRESHNESS_STATES,
    ),
    discontinued_reason: "c.discontinued_reason",
    published_update_count: "c.published_update_count",
    commitment_kind: codeSql("c.kind", Object.values(CommitmentKind)),
    addressed_to: "lower(array_to_string(c.addressed_to, ';'))",
    addressee_detail: "c.addressee_detail",
    editorial_note: "c.editorial_note",
    // A lookup by primary key, and only for the few pledges that adopt: cheaper than hashing every commitment.
    adopted_from_slug: slugSql("adopted.slug"),
    member_slugs: slugSql("coalesce(jm.slugs, m.slug)"),
    member_names: "coalesce(jm.names, m.name)",
  };
  return `
WITH ms AS (
  SELECT commitment_id, count(*) AS count, count(reached_on) AS reached,
    bool_or(due_date < ${day} AND reached_on IS NULL) AS missed
  FROM milestones GROUP BY commitment_id
), jm AS (
  -- Joint commitments only: the lead's row follows commitments.member_id (a trigger), so a commitment without
  -- co-members lists its member alone.
  SELECT cm.commitment_id, string_agg(x.slug, ';' ORDER BY cm.role = 'LEAD' DESC, x.name, x.slug) AS slugs,
    string_agg(x.name, ';' ORDER BY cm.role = 'LEAD' DESC, x.name, x.slug) AS names
  FROM commitment_members cm JOIN members x ON x.id = cm.member_id
  WHERE cm.commitment_id IN (SELECT commitment_id FROM commitment_members WHERE role <> 'LEAD')
  GROUP BY cm.commitment_id
)
SELECT
  ${csvSelectList(OPEN_DATA_TABLES.commitments, values)}
FROM commitments c
  JOIN members m ON m.id = c.member_id
  JOIN meetings mt ON mt.id = c.meeting_id
  LEFT JOIN ms ON ms.commitment_id = c.id
  LEFT JOIN jm ON jm.commitment_id = c.id
  LEFT JOIN commitments adopted ON adopted.id = c.adopted_from_id AND adopted.approval = 'APPROVED'
WHERE c.approval = 'APPROVED'
ORDER BY c.slug`;
}
