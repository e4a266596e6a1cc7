import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "./cache";
import { demoCommitmentFigureSql } from "./demonstration-sql";

export type ThemeSummary = {
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

/** Every theme of the taxonomy, in its order, with the counts of its approved commitments. */
export const listThemes = cachedPublicRead(
  "list-themes",
  () =>
    db.$queryRaw<ThemeSummary[]>`
    SELECT t.slug, t.name, t.description,
           count(c.id)::int AS commitments,
           count(c.id) FILTER (WHERE c.current_status = 'COMPLETED')::int AS completed,
           count(c.id) FILTER (WHERE c.kind = 'PLEDGE' AND c.current_status IS NULL)::int AS "notReported",
           max(c.last_published_at) AS "lastPublishedAt",
           coalesce(bool_or(${demoCommitmentFigureSql({})}), false) AS "includesDemonstrationData"
    FROM themes t
    LEFT JOIN commitment_themes ct ON ct.theme_id = t.id
    LEFT JOIN commitments c ON c.id = ct.commitment_id AND c.approval = 'APPROVED'
    GROUP BY t.id
    ORDER BY t.sort_order, t.name`,
);
