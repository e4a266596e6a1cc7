// The JavaScript a first visit to a page downloads, gzipped: every script its HTML names (<script src>, and the chunks
// it preloads), each compressed as a server would (gzip, level 6). Scripts marked `nomodule` (Next's polyfills for
// browsers without ES modules) are left out: every browser the site supports skips them, as Next's own figure does.
// Used by `npm run bench` and `npx tsx lib/scripts/first-load-js.ts`.
import { gzipSync } from "node:zlib";

export type FirstLoadJs = { gzipBytes: number; files: { src: string; gzipBytes: number }[] };

export async function firstLoadJs(base: string, path: string): Promise<FirstLoadJs> {
  const html = await (await fetch(new URL(path, base))).text();
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const sources = new Set(
    tags
      .filter((tag) => !/\bnomodule\b/i.test(tag))
      .map((tag) => /(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1])
      .filter((src): src is string => src !== undefined),
  );
  const files: FirstLoadJs["files"] = [];
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    files.push({ src, gzipBytes: gzipSync(body, { level: 6 }).length });
  }
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}
