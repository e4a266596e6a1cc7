// @ts-check
// The production server: Next.js with the full-page cache in front (./page-cache.js,
// docs/decisions/0021-full-page-cache.md). `node lib/server/serve.js --port 3000` replaces `next start`; the launcher
// (lib/scripts/start.ts) and the test and bench servers (lib/scripts/serve-build.ts) run it.
//
// An anonymous GET of a public page is answered from memory when the page is cached (`x-page-cache: HIT`), at the
// speed of a static file; otherwise Next answers it as usual and, when the answer may be shared, it is kept
// (`MISS`). Everything else goes to Next untouched (no header added). Plain JavaScript: it runs before any bundler.
// A page is rendered once however many ask for it at the same time, and after a publish the most read pages are
// rendered again at once, before their readers come back.
import http from "node:http";
import next from "next";
import { cacheKeyOf, createPageCache, isShareable, storedHeaders } from "./page-cache.js";

const port = Number(process.argv.includes("--port") ? process.argv[process.argv.indexOf("--port") + 1] : 3000);
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
const cache = createPageCache();
/** Marks the server's own requests for a page it renders again after an expiry (they do not count as visitors). */
const WARM_HEADER = "x-page-cache-warm";

await app.prepare();

const server = http.createServer((request, response) => void answer(request, response));

/**
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
async function answer(request, response) {
  const key = cacheKeyOf(request);
  if (key === null) return void handle(request, response);
  if (request.headers[WARM_HEADER] === undefined) cache.asked(key);
  let page = cache.get(key);
  const rendering = page ? undefined : cache.rendering(key);
  if (rendering) {
    // The same page is being rendered since the last publish: one render for everyone who asks meanwhile.
    await rendering;
    page = cache.get(key);
  }
  if (page) {
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    response.writeHead(page.status, gzip ? page.gzipHead : page.plainHead);
    response.end(gzip ? page.gzip : page.body);
    return;
  }
  keepWhenShareable(request, response, key);
  void handle(request, response);
}

/**
 * Lets Next answer the request and keeps a copy of what it wrote. Next is asked for the page uncompressed (the cache
 * compresses it once, for every later visitor).
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {string} key
 */
function keepWhenShareable(request, response, key) {
  const render = cache.begin(key);
  response.on("close", render.finish);
  delete request.headers["accept-encoding"];
  response.setHeader("x-page-cache", "MISS");
  /** @type {Buffer[]} */
  const chunks = [];
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (typeof chunk === "string")
      chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write;
  const end = response.end;
  /** @type {any} */ (response).write = function (/** @type {any[]} */ ...args) {
    keep(args[0], args[1]);
    return write.apply(response, /** @type {any} */ (args));
  };
  /** @type {any} */ (response).end = function (/** @type {any[]} */ ...args) {
    if (typeof args[0] !== "function") keep(args[0], args[1]);
    return end.apply(response, /** @type {any} */ (args));
  };
  response.on("finish", () => {
    const headers = response.getHeaders();
    if (!isShareable(response.statusCode, headers)) return;
    const { "x-page-cache": _, ...rest } = storedHeaders(headers);
    cache.store(key, render.generation, { status: response.statusCode, headers: rest, body: Buffer.concat(chunks) });
    render.finish();
  });
}

/** @type {string[] | null} */
let toWarm = null;
let warming = false;

// After a publish, the most read pages are rendered again at once, one after the other; a visitor asking for one
// meanwhile waits for that render. A new expiry while warming starts again from the new list.
cache.onEmptied((popular) => {
  toWarm = popular;
  if (warming) return;
  warming = true;
  void warm().finally(() => (warming = false));
});

async function warm() {
  while (toWarm) {
    const keys = toWarm;
    toWarm = null;
    for (const key of keys) {
      if (toWarm) break;
      await askOwnPage(key);
    }
  }
}

/** @param {string} path */
function askOwnPage(path) {
  return new Promise((resolve) => {
    const request = http.get({ host: "127.0.0.1", port, path, headers: { accept: "text/html", [WARM_HEADER]: "1" } });
    request.setTimeout(60_000, () => request.destroy());
    request.on("response", (response) => {
      response.on("close", () => resolve(undefined));
      response.resume();
    });
    request.on("error", () => resolve(undefined));
  });
}

server.listen(port, () => {
  process.stdout.write(`Serving on port ${port} (full-page cache for public pages)\n`);
});

// Stop accepting connections, finish the requests in flight, then exit (as `next start` does).
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.once(signal, () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
