import "server-only";
import { db } from "@/lib/db";
import { emptyStatusCounts, statusCategory, type ReportedStatus } from "@/lib/domain/implementation-status";
import type { StatusCounts } from "@/lib/domain/status-summary";
import { cachedPublicRead } from "./cache";
import { commitmentsFrom, demoCommitmentFigureSql } from "./demonstration-sql";
import { pledgeFilterSql } from "./commitment-filter-sql";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { Locale } from "@/lib/i18n/locales";

/**
 * One theme with the number of its commitments in each status. A commitment with two themes counts in both; one with
 * none counts in a last row whose slug and name are null, so no commitment goes missing from the chart. The name is
 * in `locale` where the theme has a translation (docs/decisions/0020), else the original.
 */
export type StatusByThemeRow = { slug: string | null; name: string | null; counts: StatusCounts; total: number };

/** The rows, and whether any commitment counted (its member, the update its status comes from) is demonstration data. */
export type StatusByTheme = { rows: StatusByThemeRow[]; includesDemonstrationData: boolean };

type Row = { slug: string | null; name: string | null; status: ReportedStatus | null; count: number; demo: boolean };

export const getStatusByTheme = cachedPublicRead(
  "status-by-theme",
  async (filters: CommitmentFilters, locale: Locale): Promise<StatusByTheme> => {
    // Counted by theme id first, then named: the names join the few grouped rows, not every commitment's themes.
    const grouped = await db.$queryRaw<Row[]>`
      SELECT t.slug, coalesce(tt.name, t.name) AS name, g.status, g.count, g.demo
      FROM (
        SELECT ct.theme_id, c.current_status AS status, count(*)::int AS count,
               bool_or(${demoCommitmentFigureSql(filters)}) AS demo
        FROM ${commitmentsFrom(filters)} c
        LEFT JOIN commitment_themes ct ON ct.commitment_id = c.id
        WHERE ${pledgeFilterSql(filters)}
        GROUP BY ct.theme_id, c.current_status
      ) g
      LEFT JOIN themes t ON t.id = g.theme_id
      LEFT JOIN theme_translations tt ON tt.theme_id = t.id AND tt.locale = ${locale} AND t.source_locale <> ${locale}
      ORDER BY t.sort_order NULLS LAST, t.name`;
    const themes = new Map<string | null, StatusByThemeRow>();
    for (const { slug, name, status, count } of grouped) {
      let theme = themes.get(slug);
      if (!theme) {
        theme = { slug, name, counts: emptyStatusCounts(), total: 0 };
        themes.set(slug, theme);
      }
      theme.counts[statusCategory(status)] += count;
      theme.total += count;
    }
    return { rows: [...themes.values()], includesDemonstrationData: grouped.some((row) => row.demo) };
  },
);
