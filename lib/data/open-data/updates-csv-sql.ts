// updates.csv as one SQL statement for COPY (./copy-csv.ts): the values loadUpdateRows and toUpdateRecord give each
// column (./update-rows.ts, lib/open-data/records.ts, lib/open-data/columns.ts), computed by PostgreSQL, in the same
// order (oldest first). csv-sql.int.test.ts proves the file identical to the one the TypeScript writer makes.
import { escapeLiteral } from "pg";
import { OPEN_DATA_TABLES } from "@/lib/open-data/columns";
import { ImplementationStatus, Verification } from "@/lib/generated/prisma/enums";
import type { CsvSqlContext } from "./commitments-csv-sql";
import { codeSql, csvSelectList, slugSql, verbatim, type CellSql } from "./csv-select";

// JavaScript's \s, which evidenceLabels (lib/open-data/columns.ts) trims around a line break in a title.
const JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const LINE_BREAK_IN_TITLE = escapeLiteral(`[${JS_SPACE}]*[\r\n]+[${JS_SPACE}]*`);

export function updatesCsvSql({ urls }: Pick<CsvSqlContext, "urls">): string {
  const values: Record<string, CellSql> = {
    update_id: verbatim("u.id"),
    commitment_slug: slugSql("c.slug"),
    member_slug: slugSql("m.slug"),
    published_at: "u.published_at",
    implementation_status: codeSql("u.status", Object.values(ImplementationStatus)),
    percent_complete: "u.percent_complete",
    verification: codeSql("u.verification", Object.values(Verification)),
    reporting_cycle: "rc.name",
    narrative: "u.narrative",
    evidence_urls: "ev.urls",
    barriers: "b.kinds",
    barrier_details: "b.details",
    milestones_reached: "um.titles",
    demonstration_data: "u.is_demo OR c.is_demo OR m.is_demo",
    url: verbatim(`${escapeLiteral(urls.commitment(""))} || c.slug || '#update-' || u.id`),
    evidence_labels: "ev.labels",
    // redactionSummary (lib/domain/redaction-summary.ts): which parts went, and when the latest went.
    redacted_parts: `concat_ws(';', CASE WHEN u.narrative_redacted_at IS NOT NULL THEN 'narrative' END,
      CASE WHEN rl.at IS NOT NULL THEN 'evidence_link' END)`,
    redacted_at: "greatest(u.narrative_redacted_at, rl.at)",
  };
  return `
WITH ev AS (
  SELECT e.update_id, string_agg(e.url, E'\\n' ORDER BY e.url) AS urls,
    CASE WHEN bool_or(e.label <> '') THEN
      string_agg(regexp_replace(coalesce(e.label, ''), ${LINE_BREAK_IN_TITLE}, ' ', 'g'), E'\\n' ORDER BY e.url)
    END AS labels
  FROM evidence_links e GROUP BY e.update_id
), b AS (
  SELECT update_id, string_agg(lower(kind::text), ';' ORDER BY kind, detail) AS kinds,
    string_agg(lower(kind::text) || ': ' || detail, E'\\n' ORDER BY kind, detail) FILTER (WHERE detail <> '') AS details
  FROM update_barriers GROUP BY update_id
), rl AS (
  SELECT update_id, max(redacted_at) AS at FROM redacted_evidence_links GROUP BY update_id
), um AS (
  SELECT um.update_id, string_agg(x.title, E'\\n' ORDER BY x.sort_order, x.title) AS titles
  FROM update_milestones um JOIN milestones x ON x.id = um.milestone_id GROUP BY um.update_id
)
SELECT
  ${csvSelectList(OPEN_DATA_TABLES.updates, values)}
FROM progress_updates u
  JOIN commitments c ON c.id = u.commitment_id
  JOIN members m ON m.id = c.member_id
  LEFT JOIN reporting_cycles rc ON rc.id = u.cycle_id
  LEFT JOIN ev ON ev.update_id = u.id
  LEFT JOIN b ON b.update_id = u.id
  LEFT JOIN um ON um.update_id = u.id
  LEFT JOIN rl ON rl.update_id = u.id
WHERE u.review_state = 'PUBLISHED' AND u.published_at IS NOT NULL AND c.approval = 'APPROVED'
ORDER BY u.published_at, u.id`;
}
