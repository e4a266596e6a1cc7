import { afterEach, describe, expect, it, vi } from "vitest";
import { areTagsExpired } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

// As during `next build`: the handler then opens no database connection.
vi.stubEnv("NEXT_PHASE", "phase-production-build");
const { default: SharedTagCacheHandler } = await import("./shared-tag-cache-handler.js");

const TAG = "public-data";
const lookup = { kind: "FETCH", tags: [TAG], softTags: [] };
const figures = { kind: "FETCH", data: { headers: {}, body: "e30=", status: 200, url: "" }, revalidate: 600 };

/** The part of Next's cache handler interface these tests use. */
type DataCache = {
  set(key: string, data: unknown, context: object): Promise<void>;
  get(key: string, context: object): Promise<{ value: unknown } | null>;
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
};

function handler(): DataCache {
  return new SharedTagCacheHandler({
    serverDistDir: "/nonexistent",
    maxMemoryCacheSize: 1_000_000,
    flushToDisk: false,
    revalidatedTags: [],
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the data cache after a publish", () => {
  it("misses an entry written before its tag expired, even where Next itself would serve it once more", async () => {
    const cache = handler();
    await cache.set("written-before", figures, { fetchCache: true, tags: [TAG] });
    const written = Date.now();
    // A process whose performance clock runs behind its wall clock (the wall clock stepped forward since it started):
    // Next stamps the expiry with Date.now() but compares it with the performance clock.
    const now = performance.now();
    vi.spyOn(performance, "now").mockReturnValue(now - 2_000);
    await cache.revalidateTag([TAG], { expire: 0 });
    expect(areTagsExpired([TAG], written - 1)).toBe(false);
    expect(await cache.get("written-before", lookup)).toBeNull();
  });

  it("keeps an entry written after the expiry", async () => {
    const cache = handler();
    await cache.revalidateTag([TAG], { expire: 0 });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await cache.set("written-after", figures, { fetchCache: true, tags: [TAG] });
    expect((await cache.get("written-after", lookup))?.value).toEqual(figures);
  });
});
