/** One page of a list: page numbers start at 1. */
export type PageWindow = { page: number; perPage: number };

export const offsetOf = ({ page, perPage }: PageWindow) => (page - 1) * perPage;

/** Rows in the order of `ids` (a query by `id IN (…)` returns them in any order). */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
