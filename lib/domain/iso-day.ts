// Calendar days as "YYYY-MM-DD" strings (UTC), the form dates take in cache keys, CSV files and SQL parameters.

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO day. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Today's calendar day in UTC. */
export function todayIsoDay(): string {
  return isoDay(new Date());
}
