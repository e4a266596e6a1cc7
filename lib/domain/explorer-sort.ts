// How the explorer orders commitments. Relevance only means something while searching, so without search words it
// falls back to the default order; anything else in the URL is ignored (the default applies), never an error.

export const SORT_KEYS = ["relevance", "title", "member", "updated", "status"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The order when nothing (or nothing usable) is asked for: by relevance when searching, else by member. */
export function defaultSort(searching: boolean): SortKey {
  return searching ? "relevance" : "member";
}

/** The sort choices worth offering: relevance only while searching. */
export function sortChoices(searching: boolean): readonly SortKey[] {
  return searching ? SORT_KEYS : SORT_KEYS.filter((key) => key !== "relevance");
}

/** The sort asked for in the URL (first value if repeated), if it is one of the choices; else the default. */
export function parseSort(value: string | string[] | undefined, searching: boolean): SortKey {
  const raw = Array.isArray(value) ? value[0] : value;
  const choice = sortChoices(searching).find((key) => key === raw);
  return choice ?? defaultSort(searching);
}

/** The sort as a URL parameter: omitted when it is the default, so plain URLs stay plain. */
export function sortParam(sort: SortKey, searching: boolean): string | undefined {
  return sort === defaultSort(searching) ? undefined : sort;
}
