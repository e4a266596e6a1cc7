// @ts-check
// This process's record of cache tag expiries, kept with ONE clock (Date.now), shared by the data cache handler
// (./shared-tag-cache-handler.js), the public reads (lib/data/public/cache.ts) and the page cache
// (lib/server/page-cache.js): docs/decisions/0021-full-page-cache.md.
//
// Why not Next's own tags manifest: it stamps an expiry with Date.now() but compares it with
// performance.timeOrigin + performance.now(), a clock that drifts away from the wall clock in a long-running
// process. When the performance clock is behind, an entry written before a publish counts as "stale" (served once
// while it refreshes) instead of "expired", so the first request after a publish got the previous version.
//
// The generation counts expiries: a computation that started before an expiry and finished after it read the
// database before the change, so its result must not be stored as fresh.
//
// Next loads the cache handler outside the app's bundle and the app's bundle may carry its own copy of this module:
// the state lives on globalThis, so every copy in the process sees the same record.

/** @type {any} */
const processWide = globalThis;
/** @type {{ generation: number, expiredAt: Map<string, number>, listeners: Set<() => void> }} */
const state = (processWide[Symbol.for("wps.tagExpiries")] ??= {
  generation: 0,
  expiredAt: new Map(),
  listeners: new Set(),
});

/** Records that these tags expired now (here or, announced, on another instance). */
export function noteTagExpiry(/** @type {readonly string[]} */ tags) {
  if (tags.length === 0) return;
  const now = Date.now();
  for (const tag of tags) state.expiredAt.set(tag, now);
  state.generation += 1;
  for (const listener of state.listeners) listener();
}

/** Whether any of the tags expired at or after `timestamp` (a Date.now() value): an entry written then is old. */
export function expiredSince(/** @type {readonly string[]} */ tags, /** @type {number} */ timestamp) {
  return tags.some((tag) => (state.expiredAt.get(tag) ?? -Infinity) >= timestamp);
}

/** Changes whenever any tag expires: compare the values before and after a computation. */
export function expiryGeneration() {
  return state.generation;
}

/** Calls `listener` on every expiry (the page cache empties itself). */
export function onTagExpiry(/** @type {() => void} */ listener) {
  state.listeners.add(listener);
}
