// `npm test`: unit tests, integration tests against a fresh real PostgreSQL, then Playwright end-to-end tests in
// Chromium against a production build seeded with the Berlin 2018 data. Exits non-zero on any failure.
//
// While working on one thing: `npm test -- --vitest [file filters…]` runs only Vitest (unit + integration, on a fresh
// database), `npm test -- --e2e [spec files or Playwright options…]` only the end-to-end part.
import fs from "node:fs";
import path from "node:path";
import getPort from "get-port";
import { childProcessEnv, readLauncherEnv } from "@/lib/env";
import { bin, run, runOrThrow, stopService } from "./run";
import { serveProductionBuild } from "./serve-build";
import { createMigratedDatabase, dropDatabase, startTestServer } from "./test-database";
import { summarise } from "./test-summary";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

const TEST_SECRET = "test-only-secret-not-for-production-0123456789";

type Part = "vitest" | "e2e";

function parseArgs(argv: string[]): { parts: Set<Part>; extra: string[] } {
  const [first, ...rest] = argv;
  if (first === "--vitest" || first === "--e2e") return { parts: new Set([first.slice(2) as Part]), extra: rest };
  if (argv.length > 0)
    throw new Error(`Unknown arguments: ${argv.join(" ")}. Use --vitest [filters…] or --e2e [specs…].`);
  return { parts: new Set(["vitest", "e2e"]), extra: [] };
}

async function main() {
  const { parts, extra } = parseArgs(process.argv.slice(2));
  const launcher = readLauncherEnv();
  // The closing summary counts from these reports: none may be left over from an earlier run.
  for (const report of ["test-results/vitest.json", "test-results/playwright.json"]) fs.rmSync(report, { force: true });
  const server = await startTestServer(launcher.DATABASE_URL, "npm test");
  const cleanup: Array<() => Promise<void>> = [server.stop];
  const failures: string[] = [];
  try {
    const base = childProcessEnv({ AUTH_SECRET: TEST_SECRET, NODE_ENV: "test" });

    if (parts.has("vitest")) {
      const integrationDb = await createMigratedDatabase(server, "integration", base);
      cleanup.unshift(() => dropDatabase(server, integrationDb.name));
      // Each integration test file starts its own SMTP server on this port (lib/testing/integration-setup.ts).
      const smtpUrl = `smtp://127.0.0.1:${await getPort()}`;
      const vitest = await run(
        bin("vitest"),
        ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json", ...extra],
        { ...base, DATABASE_URL: integrationDb.url, SMTP_URL: smtpUrl },
      );
      if (vitest !== 0) failures.push("unit/integration");
    }
    if (parts.has("e2e")) await endToEnd(server, base, extra, cleanup, failures);
  } finally {
    for (const task of cleanup) await task().catch((error) => console.error(error));
  }
  summarise(failures);
  process.exit(failures.length ? 1 : 0);
}

async function endToEnd(
  server: Awaited<ReturnType<typeof startTestServer>>,
  base: NodeJS.ProcessEnv,
  extra: string[],
  cleanup: Array<() => Promise<void>>,
  failures: string[],
) {
  const e2eDb = await createMigratedDatabase(server, "e2e", base);
  cleanup.unshift(() => dropDatabase(server, e2eDb.name));
  // The app sends over real SMTP to this in-process server; Playwright reads what arrived from MAILBOX_DIR.
  const mailboxDir = path.resolve("test-results", "mailbox");
  fs.rmSync(mailboxDir, { recursive: true, force: true });
  const smtp = await startSmtpSink({ mirrorDir: mailboxDir });
  cleanup.unshift(smtp.close);
  const dbEnv: NodeJS.ProcessEnv = { ...base, DATABASE_URL: e2eDb.url, SMTP_URL: smtp.url };
  await runOrThrow(bin("tsx"), ["lib/scripts/seed.ts"], dbEnv);
  const { url, app, env } = await serveProductionBuild(dbEnv);
  cleanup.unshift(() => stopService(app));
  const playwright = await run(bin("playwright"), ["test", ...extra], {
    ...env,
    BASE_URL: url,
    MAILBOX_DIR: mailboxDir,
  });
  if (playwright !== 0) failures.push("end-to-end");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
