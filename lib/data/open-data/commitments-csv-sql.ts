// commitments.csv as one SQL statement for COPY (./copy-csv.ts): the values iterateCommitmentRecords and
// toCommitmentRecord give each column (./commitment-rows.ts, lib/open-data/records.ts, lib/open-data/columns.ts),
// computed by PostgreSQL. Schedule and freshness come from the SQL twins of lib/domain/schedule.ts and freshness.ts
// (migration 20261214000000_open_data_csv_functions); csv-sql.int.test.ts proves the file identical to the one the
// TypeScript writer makes. Per-commitment facts are aggregated once per table (hash joins) rather than per row.
import { escapeLiteral } from "pg";
import { OPEN_DATA_TABLES } from "@/lib/open-data/columns";
import type { PublicUrls } from "@/lib/open-data/urls";
import { csvSelectList, verbatim, type CellSql } from "./csv-select";

export type CsvSqlContext = { urls: PublicUrls; /** The day of the download, YYYY-MM-DD (UTC). */ today: string };

/** An enum value as the open data writes it (lib/open-data/codes.ts). */
export const CODE = (value: string) => verbatim(`lower((${value})::text)`);

export function commitmentsCsvSql({ urls, today }: CsvSqlContext): string {
  const day = `${escapeLiteral(today)}::date`;
  const values: Record<string, CellSql> = {
    commitment_slug: "c.slug",
    commitment_title: "c.title",
    member_name: "m.name",
    member_kind: CODE("m.kind"),
    member_iso3: "m.iso_code",
    themes: "th.names",
    pillars: "lower(array_to_string(c.pillars, ';'))",
    meeting: "mt.title",
    meeting_date: "mt.start_date",
    target_date: "c.target_date",
    approval: CODE("c.approval"),
    implementation_status: CODE("coalesce(c.current_status::text, 'NOT_REPORTED')"),
    percent_complete: "c.current_percent",
    last_published_at: "c.last_published_at",
    latest_verification: CODE("latest.verification"),
    demonstration_data: "c.is_demo OR m.is_demo OR coalesce(latest.is_demo, false)",
    url: verbatim(`${escapeLiteral(urls.commitment(""))} || c.slug`),
    member_slug: "m.slug",
    meeting_slug: "mt.slug",
    theme_slugs: "th.slugs",
    description: "c.description",
    source_excerpt: "c.source_excerpt",
    indicator_name: "c.indicator_name",
    indicator_baseline: "c.indicator_baseline",
    indicator_target: "c.indicator_target",
    indicator_unit: "c.indicator_unit",
    milestone_count: "coalesce(ms.count, 0)",
    milestones_reached: "coalesce(ms.reached, 0)",
    schedule: CODE(`commitment_schedule(${day}, mt.start_date, c.target_date, c.current_status,
      c.current_percent, coalesce(ms.missed, false))`),
    reporting_freshness:
      CODE(`commitment_freshness(${day}, mt.start_date, (c.last_published_at AT TIME ZONE 'UTC')::date,
      cy.current_starts_on, cy.current_due_on, cy.previous_starts_on, cy.previous_ends_on)`),
    discontinued_reason: "c.discontinued_reason",
    published_update_count: "coalesce(latest.count, 0)",
    commitment_kind: CODE("c.kind"),
    addressed_to: "lower(array_to_string(c.addressed_to, ';'))",
    addressee_detail: "c.addressee_detail",
    editorial_note: "c.editorial_note",
    adopted_from_slug: "adopted.slug",
    member_slugs: "coalesce(jm.slugs, m.slug)",
    member_names: "coalesce(jm.names, m.name)",
  };
  // The current reporting cycle is the latest that has started, the previous the one before (pickCurrentCycle).
  return `
WITH cycles AS (
  SELECT starts_on, ends_on, due_on, row_number() OVER (ORDER BY starts_on DESC) AS n
  FROM reporting_cycles WHERE starts_on <= ${day}
), cy AS (
  SELECT max(starts_on) FILTER (WHERE n = 1) AS current_starts_on, max(due_on) FILTER (WHERE n = 1) AS current_due_on,
    max(starts_on) FILTER (WHERE n = 2) AS previous_starts_on, max(ends_on) FILTER (WHERE n = 2) AS previous_ends_on
  FROM cycles
), latest AS (
  SELECT DISTINCT ON (u.commitment_id) u.commitment_id, u.verification, u.is_demo,
    count(*) OVER (PARTITION BY u.commitment_id) AS count
  FROM progress_updates u WHERE u.review_state = 'PUBLISHED'
  ORDER BY u.commitment_id, u.published_at DESC, u.created_at DESC
), ms AS (
  SELECT commitment_id, count(*) AS count, count(reached_on) AS reached,
    bool_or(due_date < ${day} AND reached_on IS NULL) AS missed
  FROM milestones GROUP BY commitment_id
), th AS (
  SELECT ct.commitment_id, string_agg(t.name, ';' ORDER BY t.sort_order, t.name) AS names,
    string_agg(t.slug, ';' ORDER BY t.sort_order, t.name) AS slugs
  FROM commitment_themes ct JOIN themes t ON t.id = ct.theme_id GROUP BY ct.commitment_id
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
  CROSS JOIN cy
  LEFT JOIN latest ON latest.commitment_id = c.id
  LEFT JOIN ms ON ms.commitment_id = c.id
  LEFT JOIN th ON th.commitment_id = c.id
  LEFT JOIN jm ON jm.commitment_id = c.id
  LEFT JOIN commitments adopted ON adopted.id = c.adopted_from_id AND adopted.approval = 'APPROVED'
WHERE c.approval = 'APPROVED'
ORDER BY c.slug`;
}
