import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { withSearchOr } from "@/lib/domain/search-or";

// Search in the six languages (docs/decisions/0020-content-translations.md). Each text is stemmed in its own
// language (commitments.search_vector by the record's source language, commitment_translations.search_vector by the
// translation's), so the query is stemmed in every language that has a stemmer and the results joined: a French
// query meets the French stems, a Russian one the Russian stems. Chinese has no stemmer and no spaces between words:
// a query with Chinese characters is a substring search, which trigram indexes serve.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** The query as a tsquery in each language with a stemmer, and unstemmed, joined by OR. */
function searchQuerySql(text: string): Prisma.Sql {
  // The word for "or" in each of the six languages means either word (lib/domain/search-or.ts).
  const q = withSearchOr(text);
  // websearch_to_tsquery accepts any text (quotes, "or", "-word") and never raises a syntax error.
  return Prisma.sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('french', ${q})
    || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('russian', ${q})
    || websearch_to_tsquery('arabic', ${q}) || websearch_to_tsquery('simple', ${q}))`;
}

/**
 * The condition, on a `c` alias of commitments, that the commitment's original or any of its translations matches the
 * query. Each side is a separate indexed scan, joined on the id, so neither turns into a walk of every commitment.
 */
export function searchMatchSql(q: string): Prisma.Sql {
  if (CJK.test(q)) {
    const pattern = `%${q.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    return Prisma.sql`c.id IN (
      SELECT id FROM commitments WHERE (title || ' ' || description) ILIKE ${pattern}
      UNION SELECT commitment_id FROM commitment_translations WHERE (title || ' ' || description) ILIKE ${pattern})`;
  }
  const query = searchQuerySql(q);
  return Prisma.sql`c.id IN (
    SELECT id FROM commitments WHERE search_vector @@ ${query}
    UNION SELECT commitment_id FROM commitment_translations WHERE search_vector @@ ${query})`;
}

/** Relevance: the best rank of the original or a translation (substring matches of Chinese rank alike). */
export function searchRankSql(q: string): Prisma.Sql {
  if (CJK.test(q)) return Prisma.sql`0::real`;
  const query = searchQuerySql(q);
  return Prisma.sql`greatest(ts_rank(c.search_vector, ${query}), coalesce((
    SELECT max(ts_rank(t.search_vector, ${query})) FROM commitment_translations t WHERE t.commitment_id = c.id), 0))`;
}
