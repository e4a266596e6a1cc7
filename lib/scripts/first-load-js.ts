// `npx tsx lib/scripts/first-load-js.ts [path…]`: the JavaScript a first visit downloads, gzipped, for each path
// (default: / and /fr), script by script, against a production build over a freshly seeded database
// (./first-load-js-size.ts says what is counted).
import { childProcessEnv, readLauncherEnv } from "@/lib/env";
import { firstLoadJs } from "./first-load-js-size";
import { bin, runOrThrow, stopService } from "./run";
import { serveProductionBuild } from "./serve-build";
import { createMigratedDatabase, dropDatabase, startTestServer } from "./test-database";

async function main() {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/fr"];
  const server = await startTestServer(readLauncherEnv().DATABASE_URL, "first-load-js");
  const cleanup: Array<() => Promise<void>> = [server.stop];
  try {
    const base = childProcessEnv({ AUTH_SECRET: "measure-only-secret-not-for-production-0123456789" });
    const database = await createMigratedDatabase(server, "firstload", base);
    cleanup.unshift(() => dropDatabase(server, database.name));
    const dbEnv = { ...base, DATABASE_URL: database.url };
    await runOrThrow(bin("tsx"), ["lib/scripts/seed.ts"], dbEnv);
    const { url, app } = await serveProductionBuild(dbEnv);
    cleanup.unshift(() => stopService(app));
    for (const path of paths) {
      const { files, gzipBytes } = await firstLoadJs(url, path);
      console.log(`${path}\t${files.length} scripts\t${(gzipBytes / 1024).toFixed(1)} KB gzip`);
      for (const file of files) console.log(`\t${(file.gzipBytes / 1024).toFixed(1)} KB\t${file.src}`);
    }
  } finally {
    for (const step of cleanup) await step();
  }
}

await main();
