import "server-only";
import { filtersToQuery, pickFilters, type CommitmentFilters } from "@/lib/domain/commitment-filters";
import { sortParam, type SortKey } from "@/lib/domain/explorer-sort";

/** The URL parameters of an explorer view, in a fixed order and without defaults, so equal views share a URL. */
export function explorerQuery(filters: CommitmentFilters, sort?: SortKey): Record<string, string> {
  const picked = pickFilters(filters);
  const query = filtersToQuery(picked);
  const explicitSort = sort ? sortParam(sort, Boolean(picked.q)) : undefined;
  return explicitSort ? { ...query, sort: explicitSort } : query;
}

/** A link to the explorer showing `filters`, for member and theme pages, charts and rows. */
export function explorerHref(filters: CommitmentFilters, sort?: SortKey) {
  return { pathname: "/commitments", query: explorerQuery(filters, sort) };
}
