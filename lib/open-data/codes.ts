// Enum values as the open data writes them: lower snake_case ("IN_PROGRESS" → "in_progress"), the convention of the
// secretariat's CSV export (lib/open-data/commitments-csv-columns.ts), used by the API, the downloads and their docs.

export type Code<T extends string> = Lowercase<T>;

export function code<T extends string>(value: T): Code<T> {
  return value.toLowerCase() as Code<T>;
}

export function codes<const T extends readonly string[]>(values: T): { -readonly [K in keyof T]: Lowercase<T[K]> } {
  return values.map((value) => value.toLowerCase()) as { -readonly [K in keyof T]: Lowercase<T[K]> };
}

/** The enum value a code stands for ("in_progress" → "IN_PROGRESS"), for the database and the shared filters. */
export function fromCode<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}
