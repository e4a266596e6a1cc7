// `npx tsx lib/scripts/first-load-js.ts [path…]`: the JavaScript a first visit downloads, gzipped, for each path
// (default: / and /fr), against a production build over a freshly seeded database. Counts every script the page's
// HTML names (<script src>, and the chunks it preloads), each compressed as a server would (gzip, level 6).
import { gzipSync } from "node:zlib";
import { readLauncherEnv } from "@/lib/env";
import { bin, runOrThrow, stopService } from "./run";
import { serveProductionBuild } from "./serve-build";
import { createMigratedDatabase, dropDatabase, startTestServer } from "./test-database";

async function firstLoadJs(base: string, path: string): Promise<{ scripts: number; gzipBytes: number }> {
  const html = await (await fetch(new URL(path, base))).text();
  const sources = new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1]!));
  let gzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 6 }).length;
  }
  return { scripts: sources.size, gzipBytes };
}

async function main() {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/fr"];
  const server = await startTestServer(readLauncherEnv().DATABASE_URL, "first-load-js");
  const cleanup: Array<() => Promise<void>> = [server.stop];
  try {
    const base: NodeJS.ProcessEnv = {
      ...process.env,
      AUTH_SECRET: "measure-only-secret-not-for-production-0123456789",
    };
    const database = await createMigratedDatabase(server, "firstload", base);
    cleanup.unshift(() => dropDatabase(server, database.name));
    const dbEnv = { ...base, DATABASE_URL: database.url };
    await runOrThrow(bin("tsx"), ["lib/scripts/seed.ts"], dbEnv);
    const { url, app } = await serveProductionBuild(dbEnv);
    cleanup.unshift(() => stopService(app));
    for (const path of paths) {
      const { scripts, gzipBytes } = await firstLoadJs(url, path);
      console.log(`${path}\t${scripts} scripts\t${(gzipBytes / 1024).toFixed(1)} KB gzip`);
    }
  } finally {
    for (const step of cleanup) await step();
  }
}

await main();
