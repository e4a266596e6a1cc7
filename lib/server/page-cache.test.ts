import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { noteTagExpiry } from "@/lib/cache/tag-expiries.js";
import { cacheKeyOf, createPageCache, isShareable } from "./page-cache.js";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests the page cache answers", () => {
  it("keys the public pages of every language by path and normalised query", () => {
    expect(cacheKeyOf(get("/"))).toBe("/");
    expect(cacheKeyOf(get("/fr"))).toBe("/fr");
    expect(cacheKeyOf(get("/ar/commitments?theme=b&status=IN_PROGRESS"))).toBe(
      "/ar/commitments?status=IN_PROGRESS&theme=b",
    );
    expect(cacheKeyOf(get("/commitments?status=A&theme=b"))).toBe(cacheKeyOf(get("/commitments?theme=b&status=A")));
    for (const path of [
      "/commitments/a-slug",
      "/zh/members/germany",
      "/themes/x",
      "/members",
      "/data",
      "/embed/overall",
    ])
      expect(cacheKeyOf(get(path))).toBe(path);
  });

  it("leaves signed-in visitors, navigations, other methods and other addresses to Next", () => {
    expect(cacheKeyOf(get("/", { cookie: "next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKeyOf(get("/", { cookie: "a=1; __Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(cacheKeyOf(get("/", { rsc: "1" }))).toBeNull();
    expect(cacheKeyOf(get("/?_rsc=x1"))).toBeNull();
    expect(cacheKeyOf(get("/", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyOf({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(cacheKeyOf({ method: "HEAD", url: "/", headers: {} })).toBeNull();
    for (const path of [
      "/secretariat",
      "/fr/workspace",
      "/account",
      "/sign-in",
      "/api/v1/commitments",
      "/data/commitments.csv",
      "/healthz",
      "/commitments/a/b",
      "/_next/static/chunk.js",
    ])
      expect(cacheKeyOf(get(path)), path).toBeNull();
    // A visitor who once opened the sign-in page (CSRF cookie) or chose a language is still anonymous.
    expect(cacheKeyOf(get("/", { cookie: "next-auth.csrf-token=x; NEXT_LOCALE=fr" }))).toBe("/");
  });

  it("shares only a complete HTML page that sets no cookie", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    expect(isShareable(200, html)).toBe(true);
    expect(isShareable(404, html)).toBe(false);
    expect(isShareable(307, html)).toBe(false);
    expect(isShareable(200, { ...html, "set-cookie": ["a=b"] })).toBe(false);
    expect(isShareable(200, { "content-type": "text/x-component" })).toBe(false);
  });
});

describe("the page cache", () => {
  const page = { status: 200, headers: { "content-type": "text/html" }, body: Buffer.from("<p>v1</p>") };

  it("keeps a page until any cache tag expires", () => {
    const cache = createPageCache();
    cache.store("/", cache.begin("/").generation, page);
    expect(cache.get("/")?.body.toString()).toBe("<p>v1</p>");
    noteTagExpiry(["public-data"]);
    expect(cache.get("/")).toBeUndefined();
  });

  it("answers as Next did, identity or compressed once, and says it is a copy", () => {
    const cache = createPageCache();
    cache.store("/", cache.begin("/").generation, { ...page, headers: { ...page.headers, vary: "rsc" } });
    const stored = cache.get("/")!;
    expect(stored.plainHead).toMatchObject({ "content-type": "text/html", "x-page-cache": "HIT", "content-length": 9 });
    expect(stored.gzipHead).toMatchObject({ "content-encoding": "gzip", vary: "rsc, Accept-Encoding" });
    expect(gunzipSync(stored.gzip).toString()).toBe("<p>v1</p>");
  });

  it("never keeps a page rendered while an expiry happened", () => {
    const cache = createPageCache();
    const { generation } = cache.begin("/");
    noteTagExpiry(["public-data"]);
    cache.store("/", generation, page);
    expect(cache.get("/")).toBeUndefined();
  });

  it("drops the least recently used pages beyond its size", () => {
    const body = Buffer.alloc(1000, "a");
    const cache = createPageCache({ maxBytes: 10_000 });
    for (let i = 0; i < 20; i++)
      cache.store(`/members/m${i}`, cache.begin(`/members/m${i}`).generation, { ...page, body });
    expect(cache.size()).toBeLessThan(20);
    expect(cache.get("/members/m19")).toBeDefined();
    expect(cache.get("/members/m0")).toBeUndefined();
  });
});

describe("one render for a crowd, and the most read pages again right after a publish", () => {
  const page = { status: 200, headers: { "content-type": "text/html" }, body: Buffer.from("<p>v2</p>") };

  it("lets visitors arriving during a render wait for it, and for it alone", async () => {
    const cache = createPageCache();
    expect(cache.rendering("/")).toBeUndefined();
    const render = cache.begin("/");
    const waiting = cache.rendering("/");
    expect(waiting).toBeInstanceOf(Promise);
    let settled = false;
    void waiting!.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    cache.store("/", render.generation, page);
    render.finish();
    await waiting;
    expect(cache.get("/")?.body.toString()).toBe("<p>v2</p>");
    expect(cache.rendering("/")).toBeUndefined();
  });

  it("does not make a visitor wait for a render begun before the latest publish", async () => {
    const cache = createPageCache();
    const before = cache.begin("/");
    noteTagExpiry(["public-data"]);
    expect(cache.rendering("/")).toBeUndefined();
    // A render begun after the publish, and the one before it ending first, leave the later one to wait for.
    const after = cache.begin("/");
    before.finish();
    expect(cache.rendering("/")).toBeInstanceOf(Promise);
    after.finish();
    expect(cache.rendering("/")).toBeUndefined();
  });

  it("names the pages asked for more than once lately, those whose readers would wait longest in all first", () => {
    let now = 0;
    const cache = createPageCache({ now: () => now });
    const emptied: string[][] = [];
    cache.onEmptied((popular) => emptied.push(popular));
    const asked = { "/": 3, "/fr": 3, "/commitments": 1, "/members": 2, "/themes/a": 6, "/zh": 4 } as const;
    for (const [key, times] of Object.entries(asked)) for (let i = 0; i < times; i++) cache.asked(key);
    // How long each took to render: the dashboard 900 ms, a theme page 20 ms, others 100 ms.
    for (const [key, ms] of Object.entries({ "/": 900, "/fr": 100, "/members": 100, "/themes/a": 20, "/zh": 100 })) {
      const render = cache.begin(key);
      now += ms;
      render.finish();
    }
    noteTagExpiry(["public-data"]);
    // Three readers of a 900 ms page wait longer in all than six of a 20 ms one; a page seen once is not worth it.
    expect(emptied).toEqual([["/", "/zh", "/fr", "/members"]]);
    // Half an hour later (six half-lives), nothing asked since counts as popular.
    now += 1_800_000;
    cache.asked("/commitments");
    cache.asked("/commitments");
    noteTagExpiry(["public-data"]);
    expect(emptied.at(-1)).toEqual(["/commitments"]);
  });
});

describe("the page cache's safety net", () => {
  it("forgets a page after its maximum age, for writes that bypass the app", () => {
    const cache = createPageCache({ maxAgeMs: -1 });
    cache.store("/", cache.begin("/").generation, { status: 200, headers: {}, body: Buffer.from("x") });
    expect(cache.get("/")).toBeUndefined();
  });
});
