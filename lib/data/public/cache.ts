import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { expiryGeneration } from "@/lib/cache/tag-expiries.js";
import { decodeDates, encodeDates } from "@/lib/domain/json-dates";

// Public reads are served from Next's data cache and dropped together when public data changes: every cached read
// carries PUBLIC_DATA_TAG, and every mutation that changes what the public sees calls revalidatePublicData().
// docs/decisions/0004-public-data-caching.md explains the choice and its limits with several app instances.

const PUBLIC_DATA_TAG = "public-data";

/**
 * A safety net, not the mechanism: a write that bypasses the app (a seed script, psql) shows after at most this
 * long. Every write made through the app invalidates at once.
 */
const MAX_AGE_SECONDS = 600;

/**
 * Wraps a read of public data in the data cache. `name` must be unique per read; the arguments are part of the key,
 * so they must be small and JSON-serialisable (filters, an ISO day), and a read that depends on today's date must
 * take the day as an argument rather than reading the clock.
 */
export function cachedPublicRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(
    async (...args: Args) => encodeDates(await readAfterExpiries(read, args)),
    ["public-data", name],
    {
      tags: [PUBLIC_DATA_TAG],
      revalidate: MAX_AGE_SECONDS,
    },
  );
  return async (...args: Args) => decodeDates(await cached(...args)) as Result;
}

/**
 * Reads again when public data changed while it read: the result is stored as fresh the moment it returns, and a
 * read that began before a publish may have seen the database before it (docs/decisions/0021-full-page-cache.md).
 */
async function readAfterExpiries<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  args: Args,
): Promise<Result> {
  for (;;) {
    const generation = expiryGeneration();
    const result = await read(...args);
    if (expiryGeneration() === generation) return result;
  }
}

/**
 * Call after any change the public can see (publishing or unpublishing an update, approving or editing a commitment,
 * editing members, themes, meetings or reporting cycles). Works in server actions and route handlers; the next read
 * on this instance goes to the database.
 */
export function revalidatePublicData(): void {
  revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
}
