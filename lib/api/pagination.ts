// The meta and links of a page of a list. Links keep the request's query string and change only `page`.
import type { z } from "zod";
import type { PaginationLinks, PaginationMeta } from "./schemas/common";

export type PageRequest = { page: number; per_page: number };

export function pageMeta(total: number, { page, per_page }: PageRequest): z.infer<typeof PaginationMeta> {
  return { total, page, per_page, page_count: Math.max(1, Math.ceil(total / per_page)) };
}

/** `self` is the public address of the request (origin from the configured base URL, path and query from the
 * request). A page past the end has no next page, and its previous page is the last one. */
export function pageLinks(self: URL, meta: z.infer<typeof PaginationMeta>): z.infer<typeof PaginationLinks> {
  const at = (page: number) => {
    const url = new URL(self);
    url.searchParams.set("page", String(page));
    return url.href;
  };
  return {
    self: self.href,
    first: at(1),
    last: at(meta.page_count),
    next: meta.page < meta.page_count ? at(meta.page + 1) : null,
    prev: meta.page > 1 ? at(Math.min(meta.page - 1, meta.page_count)) : null,
  };
}

/** One page of an array already in memory (the short lists: themes, meetings). */
export function slicePage<T>(items: readonly T[], { page, per_page }: PageRequest): T[] {
  return items.slice((page - 1) * per_page, page * per_page);
}
