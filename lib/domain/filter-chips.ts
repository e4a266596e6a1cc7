// The filters in force as chips: each names one filter and links to the same view without it.

export type Chip<K extends string> = { key: K; href: string };

/**
 * One chip per filter in `values` that is set, in `keys` order, each with the query string of the view without that
 * filter (other parameters, such as the map's measure, are kept).
 */
export function filterChips<K extends string>(
  path: string,
  keys: readonly K[],
  values: Partial<Record<K, string | number | undefined>>,
  keep: Record<string, string> = {},
): Chip<K>[] {
  const set = keys.filter((key) => values[key] !== undefined && values[key] !== "");
  return set.map((key) => {
    const query = new URLSearchParams();
    for (const other of set) if (other !== key) query.set(other, String(values[other]));
    for (const [name, value] of Object.entries(keep)) query.set(name, value);
    const search = query.toString();
    return { key, href: search ? `${path}?${search}` : path };
  });
}
