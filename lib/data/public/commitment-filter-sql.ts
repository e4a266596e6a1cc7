import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { DEMO_COMMITMENT_SQL, excludesDemonstrationData } from "./demonstration-sql";
import { kindOfType } from "@/lib/domain/enum-values";
import { withSearchOr } from "@/lib/domain/search-or";

/**
 * The WHERE condition, on a `commitments c` alias, shared by every public read so the figures, the charts and the
 * list always count the same commitments: approved ones only, narrowed by the filters from the URL. Reads that count
 * statuses read from `commitmentsFrom(filters)` (demonstration-sql.ts), so a status filter sees the status shown.
 */
export function commitmentFilterSql(filters: CommitmentFilters): Prisma.Sql {
  const conditions = [Prisma.sql`c.approval = 'APPROVED'`];
  if (filters.q) {
    // websearch_to_tsquery accepts any text (quotes, "or", "-word") and never raises a syntax error.
    conditions.push(Prisma.sql`c.search_vector @@ websearch_to_tsquery('english', ${withSearchOr(filters.q)})`);
  }
  if (filters.type) {
    conditions.push(Prisma.sql`c.kind = ${kindOfType(filters.type)}::"CommitmentKind"`);
  }
  if (filters.theme) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM commitment_themes ct JOIN themes t ON t.id = ct.theme_id
      WHERE ct.commitment_id = c.id AND t.slug = ${filters.theme})`);
  }
  if (filters.member) {
    // Any member of a joint commitment: it is in each of its members' figures (decision 0012).
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM commitment_members cm JOIN members m ON m.id = cm.member_id
      WHERE cm.commitment_id = c.id AND m.slug = ${filters.member})`);
  }
  if (filters.status === "NOT_REPORTED") {
    conditions.push(Prisma.sql`c.current_status IS NULL`);
  } else if (filters.status) {
    conditions.push(Prisma.sql`c.current_status = ${filters.status}::"ImplementationStatus"`);
  }
  if (filters.pillar) {
    conditions.push(Prisma.sql`${filters.pillar}::"Pillar" = ANY (c.pillars)`);
  }
  if (filters.kind) {
    conditions.push(Prisma.sql`c.member_id IN (SELECT id FROM members WHERE kind = ${filters.kind}::"MemberKind")`);
  }
  if (filters.region) {
    conditions.push(
      Prisma.sql`c.member_id IN (SELECT id FROM members WHERE regional_group = ${filters.region}::"RegionalGroup")`,
    );
  }
  if (filters.meeting) {
    conditions.push(Prisma.sql`c.meeting_id = (SELECT id FROM meetings WHERE slug = ${filters.meeting})`);
  }
  if (filters.year !== undefined) {
    // A range on start_date rather than extract(year …), so an index on the date could serve it.
    conditions.push(Prisma.sql`c.meeting_id IN (
      SELECT id FROM meetings
      WHERE start_date >= make_date(${filters.year}::int, 1, 1) AND start_date < make_date(${filters.year}::int + 1, 1, 1))`);
  }
  if (excludesDemonstrationData(filters)) conditions.push(Prisma.sql`NOT ${DEMO_COMMITMENT_SQL}`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The same commitments, pledges only: implementation status, schedule and freshness apply to pledges, so every
 * status figure counts them alone and never mixes kinds (decision 0012).
 */
export function pledgeFilterSql(filters: CommitmentFilters): Prisma.Sql {
  return Prisma.sql`${commitmentFilterSql(filters)} AND c.kind = 'PLEDGE'`;
}
