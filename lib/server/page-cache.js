// @ts-check
// The full-page cache in front of Next.js (docs/decisions/0021-full-page-cache.md): a public page asked for by an
// anonymous visitor is rendered once and then answered from this process's memory until public data changes (any
// cache tag expiry, here or announced by another instance: lib/cache/tag-expiries.js), never by a timer.
//
// What may be stored is decided twice: by the request (a GET of a public page's HTML, with no session cookie and
// none of the headers of a client-side navigation) and by the response (200, HTML, no Set-Cookie). The response of
// an anonymous request cannot be user-specific: the layout reads the session and the CSRF token only for a signed-in
// visitor, and the public pages' security policy carries no nonce.
import zlib from "node:zlib";
import { expiryGeneration, onTagExpiry } from "../cache/tag-expiries.js";

const LOCALE_PREFIX = /^\/(?:ar|es|fr|ru|zh)(?=\/|$)/;
/** The public pages (without the locale prefix); anything else (signed-in areas, sign-in, API, files) is not stored. */
const PUBLIC_PAGE = /^\/(?:|commitments(?:\/[^/.]+)?|members(?:\/[^/.]+)?|themes(?:\/[^/.]+)?|data|embed\/[^.]+)$/;
/** Headers of Next's client-side navigations and server actions: their answers are RSC payloads, not pages. */
const NAVIGATION_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-url"];
/** Session cookie names (lib/auth/session-cookie.ts), also when next-auth splits a long one into .0, .1, … */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
/** Headers that belong to one response, not to the page. */
const PER_RESPONSE_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
/**
 * A safety net, not the mechanism, as for the data cache (lib/data/public/cache.ts): a write that bypasses the app (a
 * seed script, psql) and the move to a new day show after at most this long. Every write made through the app
 * empties the cache at once.
 */
const MAX_AGE_MS = 600_000;
/** Enough for every public page in six languages and many filtered views; the least recently used go first. */
const DEFAULT_MAX_BYTES = 128 * 1024 * 1024;
/**
 * When the cache empties, the pages whose readers would wait longest in all (asked for more than once lately; most
 * requests times longest render first) are rendered again at once, one after the other, so that the crowd reading
 * them after a publish does not wait for a render (serve.js does the asking).
 */
const WARM_PAGES = 4;
/** A request counts half as much toward a page's popularity after this long. */
const POPULARITY_HALF_LIFE_MS = 300_000;
/** The pages whose popularity is kept; a new one beyond them drops the longest unasked. */
const POPULARITY_KEYS = 1_000;

/**
 * @typedef {Record<string, string | string[] | number>} Head
 * @typedef {{ status: number, body: Buffer, gzip: Buffer, plainHead: Head, gzipHead: Head, bytes: number, storedAt: number }} Page
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer }} Answer
 * @typedef {{ generation: number, finish(): void }} Render
 * @typedef {object} PageCache
 * @property {(key: string) => Page | undefined} get
 * @property {(key: string) => void} asked A visitor asked for the page (hit or miss): it counts toward its popularity.
 * @property {(key: string) => Render} begin A render of the page starts: call `finish` when its response has ended.
 * @property {(key: string) => Promise<void> | undefined} rendering The render of the page under way since the last
 *   expiry, if any: a visitor arriving meanwhile waits for it rather than rendering the same page again.
 * @property {(key: string, generation: number, answer: Answer) => void} store
 * @property {(listener: (popular: string[]) => void) => void} onEmptied Called on every expiry, once the cache is
 *   empty, with the pages to render again at once (those whose readers would wait longest in all first).
 * @property {() => number} size
 */

/**
 * The key of a request whose answer may be stored and shared, or null. The query is normalised (parameters in a
 * stable order) so that one view is one entry however its link was written.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @returns {string | null}
 */
export function cacheKeyOf(request) {
  if (request.method !== "GET" || !request.url) return null;
  const { headers } = request;
  if (headers.authorization) return null;
  if (NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)) return null;
  const cookie = headers.cookie;
  if (typeof cookie === "string" && SESSION_COOKIE.test(cookie)) return null;
  let url;
  try {
    url = new URL(request.url, "http://page-cache.invalid");
  } catch {
    return null;
  }
  if (url.searchParams.has("_rsc")) return null;
  if (!PUBLIC_PAGE.test(url.pathname.replace(LOCALE_PREFIX, "") || "/")) return null;
  url.searchParams.sort();
  const query = url.searchParams.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * Whether a finished response may be shared with every anonymous visitor.
 * @param {number} status
 * @param {Record<string, number | string | string[] | undefined>} headers
 */
export function isShareable(status, headers) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  if (headers["content-encoding"] !== undefined) return false;
  const type = headers["content-type"];
  return typeof type === "string" && type.startsWith("text/html");
}

/**
 * The headers to store: the response's own, without those of one connection or one response.
 * @param {Record<string, number | string | string[] | undefined>} headers
 * @returns {Record<string, string | string[]>}
 */
export function storedHeaders(headers) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    kept[name] = typeof value === "number" ? String(value) : value;
  }
  return kept;
}

/**
 * A cache of pages, emptied on every tag expiry. A page rendered while an expiry happened may show the data of before
 * it: `store` drops it (compare the generation `begin` returned when the request arrived).
 * @param {{ maxBytes?: number, maxAgeMs?: number, now?: () => number }} [options]
 * @returns {PageCache}
 */
export function createPageCache({ maxBytes = DEFAULT_MAX_BYTES, maxAgeMs = MAX_AGE_MS, now = Date.now } = {}) {
  /** @type {Map<string, Page>} */
  const pages = new Map();
  let bytes = 0;
  /** @type {Map<string, { generation: number, settled: Promise<void> }>} */
  const renders = new Map();
  const popularity = createPopularity(now);
  /** @type {Set<(popular: string[]) => void>} */
  const emptied = new Set();
  onTagExpiry(() => {
    pages.clear();
    bytes = 0;
    const popular = popularity.top(WARM_PAGES);
    for (const listener of emptied) listener(popular);
  });
  return {
    get(key) {
      const page = pages.get(key);
      if (page && Date.now() - page.storedAt > maxAgeMs) {
        pages.delete(key);
        bytes -= page.bytes;
        return undefined;
      }
      if (page) {
        // Most recently used last: eviction takes the first.
        pages.delete(key);
        pages.set(key, page);
      }
      return page;
    },
    asked: popularity.add,
    begin(key) {
      const generation = expiryGeneration();
      const startedAt = now();
      /** @type {() => void} */
      let settle = () => {};
      const render = { generation, settled: new Promise((resolve) => (settle = () => resolve(undefined))) };
      renders.set(key, render);
      return {
        generation,
        finish() {
          if (renders.get(key) !== render) return settle();
          renders.delete(key);
          popularity.rendered(key, now() - startedAt);
          settle();
        },
      };
    },
    rendering(key) {
      const render = renders.get(key);
      return render && render.generation === expiryGeneration() ? render.settled : undefined;
    },
    onEmptied: (listener) => void emptied.add(listener),
    store(key, generation, { status, headers, body }) {
      if (generation !== expiryGeneration() || body.length > maxBytes / 8) return;
      const gzip = zlib.gzipSync(body, { level: 6 });
      const previous = pages.get(key);
      if (previous) bytes -= previous.bytes;
      const given = String(headers.vary ?? "");
      const vary = /accept-encoding/i.test(given) ? given : [given, "Accept-Encoding"].filter(Boolean).join(", ");
      // Written as they are on every hit: the headers Next gave the page, how this copy is encoded, and that it is one.
      const head = { ...headers, vary, "x-page-cache": "HIT" };
      const page = {
        ...{ status, body, gzip },
        plainHead: { ...head, "content-length": body.length },
        gzipHead: { ...head, "content-encoding": "gzip", "content-length": gzip.length },
        bytes: body.length + gzip.length + key.length,
        storedAt: Date.now(),
      };
      pages.set(key, page);
      bytes += page.bytes;
      for (const [oldest, entry] of pages) {
        if (bytes <= maxBytes) break;
        pages.delete(oldest);
        bytes -= entry.bytes;
      }
    },
    size: () => pages.size,
  };
}

/**
 * How often each page is asked for, each request counting half as much after POPULARITY_HALF_LIFE_MS, and how long
 * its last render took: the pages worth rendering again first are those whose readers would wait longest in all.
 * @param {() => number} now
 */
function createPopularity(now) {
  /** @type {Map<string, { count: number, at: number, renderMs: number }>} */
  const pages = new Map();
  /** @param {{ count: number, at: number }} entry @param {number} at */
  const decayed = (entry, at) => entry.count * 0.5 ** ((at - entry.at) / POPULARITY_HALF_LIFE_MS);
  return {
    /** @param {string} key */
    add(key) {
      const at = now();
      const entry = pages.get(key);
      // Most recently asked last: beyond POPULARITY_KEYS, the first goes.
      pages.delete(key);
      pages.set(key, { count: (entry ? decayed(entry, at) : 0) + 1, at, renderMs: entry?.renderMs ?? 1 });
      if (pages.size > POPULARITY_KEYS) pages.delete(/** @type {string} */ (pages.keys().next().value));
    },
    /** @param {string} key @param {number} ms */
    rendered(key, ms) {
      const entry = pages.get(key);
      if (entry) entry.renderMs = Math.max(1, ms);
    },
    /**
     * Up to `limit` pages asked for more than once lately, those whose readers would wait longest in all (requests
     * times render time) first. @param {number} limit
     */
    top(limit) {
      const at = now();
      return [...pages]
        .map(([key, entry]) => ({ key, count: decayed(entry, at), renderMs: entry.renderMs }))
        .filter(({ count }) => count > 1.5)
        .sort((a, b) => b.count * b.renderMs - a.count * a.renderMs)
        .slice(0, limit)
        .map(({ key }) => key);
    },
  };
}
