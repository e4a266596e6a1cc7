import "server-only";
import { db } from "@/lib/db";
import type { TextLanguage } from "@/lib/i18n/localized-text";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { cachedPublicRead } from "./cache";
import { demoCommitmentFigureSql } from "./demonstration-sql";

export type ThemeSummary = TextLanguage & {
  slug: string;
  name: string;
  description: string | null;
  /** Approved commitments only; a commitment with several themes counts under each. */
  commitments: number;
  completed: number;
  notReported: number;
  lastPublishedAt: Date | null;
  /** A commitment counted, or the update its status comes from, is demonstration data (decision 0013). */
  includesDemonstrationData: boolean;
};

/**
 * Every theme of the taxonomy, in its order, with the counts of its approved commitments; named in `locale` where
 * translated (lib/i18n/localized-text.ts says the rule).
 */
export const listThemes = cachedPublicRead(
  "list-themes",
  (locale: Locale = defaultLocale) =>
    db.$queryRaw<ThemeSummary[]>`
    SELECT t.slug,
           CASE WHEN tr.theme_id IS NULL THEN t.name ELSE tr.name END AS name,
           CASE WHEN tr.theme_id IS NULL THEN t.description ELSE tr.description END AS description,
           CASE WHEN tr.theme_id IS NULL THEN t.source_locale ELSE tr.locale END AS lang,
           (tr.theme_id IS NULL AND t.source_locale <> ${locale}) AS "shownInOriginal",
           count(c.id)::int AS commitments,
           count(c.id) FILTER (WHERE c.current_status = 'COMPLETED')::int AS completed,
           count(c.id) FILTER (WHERE c.kind = 'PLEDGE' AND c.current_status IS NULL)::int AS "notReported",
           max(c.last_published_at) AS "lastPublishedAt",
           coalesce(bool_or(${demoCommitmentFigureSql({})}), false) AS "includesDemonstrationData"
    FROM themes t
    LEFT JOIN theme_translations tr ON tr.theme_id = t.id AND tr.locale = ${locale} AND t.source_locale <> ${locale}
    LEFT JOIN commitment_themes ct ON ct.theme_id = t.id
    LEFT JOIN commitments c ON c.id = ct.commitment_id AND c.approval = 'APPROVED'
    GROUP BY t.id, tr.theme_id, tr.locale
    ORDER BY t.sort_order, t.name`,
);
