// Next's data cache stores JSON, so a Date read from the database would come back from the cache as a string on the
// second request and as a Date on the first. These two functions make the round trip exact: dates travel as
// { $date: "<ISO>" } and come back as Dates, everything else unchanged. Only plain data (objects, arrays, strings,
// numbers, booleans, null, Dates) is expected.

type DateMarker = { $date: string };

export function encodeDates(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() } satisfies DateMarker;
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, encodeDates(entry)]));
  }
  return value;
}

export function decodeDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDates);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === "$date" && typeof entries[0][1] === "string") {
      return new Date(entries[0][1]);
    }
    return Object.fromEntries(entries.map(([key, entry]) => [key, decodeDates(entry)]));
  }
  return value;
}
