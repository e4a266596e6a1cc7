// @ts-check
// Next.js's data cache handler (next.config.js `cacheHandler`), shared across app instances through PostgreSQL.
//
// Entries stay in each instance's memory, exactly as with Next's own handler (this class IS Next's handler, with
// its memory store and the prerendered pages of the build); only tag expiries are shared. revalidateTag() and
// updateTag() expire the tag here at once, write the time to cache_tag_expiries and announce it with NOTIFY; every
// other instance LISTENs and expires the tag in its own memory within milliseconds. After a lost connection
// (a database restart) an instance expires every tag the table knows, so nothing announced while it was deaf is
// missed. docs/decisions/0015-cache-shared-across-instances.md says why, and what else is shared.
//
// Next loads this file at run time with import(), outside the app's bundle: it is plain JavaScript, and reads its one
// setting, DATABASE_URL, through lib/env.js (plain JavaScript too).
import crypto from "node:crypto";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pg from "pg";
import { readSetting } from "../env.js";
import { expiredSince, noteTagExpiry } from "./tag-expiries.js";

// Node's import() of this CommonJS module gives its exports object; a bundler (the proxy's bundle includes this
// handler) may give the class itself.
const FileSystemCache = /** @type {typeof fileSystemCache} */ (
  /** @type {any} */ (fileSystemCache).default ?? fileSystemCache
);
const CHANNEL = "cache_tag_expiries";
const RECONNECT_MS = 1_000;

/** @type {any} Next makes a handler per request: the one listener of the process lives on globalThis. */
const processWide = globalThis;
/** @type {{ id: string, client?: pg.Client, writer?: pg.Pool, started: boolean }} */
const bus = (processWide[Symbol.for("wps.sharedCacheTags")] ??= { id: crypto.randomUUID(), started: false });

/** Expires tags in this process's memory, as Next's own handler does (its method reads no instance state). */
function expireLocally(/** @type {string[]} */ tags, /** @type {{ expire?: number } | undefined} */ durations) {
  noteTagExpiry(tags);
  return FileSystemCache.prototype.revalidateTag.call(undefined, tags, durations);
}

function databaseUrl() {
  // Build time renders with this handler too, but must neither need nor hold a connection.
  if (readSetting("NEXT_PHASE") === "phase-production-build") return undefined;
  return readSetting("DATABASE_URL");
}

function listen() {
  const url = databaseUrl();
  if (bus.started || !url) return;
  bus.started = true;
  bus.writer = new pg.Pool({ connectionString: url, max: 2 });
  bus.writer.on("error", () => {}); // an idle connection lost in a database restart: the next write reconnects
  let first = true;
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (message) => {
      const { from, tags, durations } = JSON.parse(message.payload ?? "{}");
      if (from !== bus.id) void expireLocally(tags, durations);
    });
    const retry = () => {
      if (bus.client !== client) return;
      bus.client = undefined;
      client.end().catch(() => {});
      setTimeout(() => void connect(), RECONNECT_MS);
    };
    client.on("error", retry);
    client.on("end", retry);
    try {
      await client.connect();
      bus.client = client;
      await client.query(`LISTEN ${CHANNEL}`);
      if (!first) {
        const { rows } = await client.query("SELECT tag FROM cache_tag_expiries");
        if (rows.length > 0)
          await expireLocally(
            rows.map((row) => row.tag),
            undefined,
          );
      }
      first = false;
    } catch {
      if (bus.client === client) retry();
      else setTimeout(() => void connect(), RECONNECT_MS);
    }
  };
  void connect();
}

/** Records and announces an expiry in one statement: NOTIFY is delivered when it commits. */
async function announce(/** @type {string[]} */ tags, /** @type {{ expire?: number } | undefined} */ durations) {
  if (!bus.writer) return;
  await bus.writer.query(
    `WITH expired AS (
       INSERT INTO cache_tag_expiries (tag, expired_at) SELECT unnest($1::text[]), now()
       ON CONFLICT (tag) DO UPDATE SET expired_at = excluded.expired_at
     )
     SELECT pg_notify($2, $3)`,
    [tags, CHANNEL, JSON.stringify({ from: bus.id, tags, durations })],
  );
}

export default class SharedTagCacheHandler extends FileSystemCache {
  /** @param {any} context */
  constructor(context) {
    super(context);
    listen();
  }

  /**
   * Next's lookup, but an entry written before one of its tags expired is a miss, never a stale hit served while it
   * refreshes: the first request after a publish must get the new figures (./tag-expiries.js says why Next's own
   * check lets it through).
   * @param {string} key
   * @param {any} context
   */
  async get(key, context) {
    const entry = await super.get(key, context);
    if (entry?.value?.kind !== "FETCH") return entry;
    const tags = [...(context?.tags ?? []), ...(context?.softTags ?? [])];
    return expiredSince(tags, entry.lastModified ?? 0) ? null : entry;
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    await expireLocally(list, durations);
    // The change that asked for this is committed: failing it now would tell its author it was not. The other
    // instances then catch up when their own connection comes back, or at the entries' time limit.
    await announce(list, durations).catch((error) => logWarning("cache tag expiry not shared", error));
  }
}

/** The shape of lib/log/logger.ts's lines: one JSON object on stderr. */
function logWarning(/** @type {string} */ msg, /** @type {unknown} */ error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: "warn", time: new Date().toISOString(), msg, error: { message } })}\n`,
  );
}
