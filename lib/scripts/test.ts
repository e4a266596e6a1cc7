// `npm test`: unit tests, integration tests against a fresh real PostgreSQL, then Playwright end-to-end tests in
// Chromium against a production build seeded with the Berlin 2018 data. Exits non-zero on any failure.
import fs from "node:fs";
import path from "node:path";
import getPort from "get-port";
import { readLauncherEnv } from "@/lib/env";
import { hasCurrentBuild, recordBuild, sourceFingerprint } from "./build-fingerprint";
import { bin, run, runOrThrow, startService, stopService, waitForHttp } from "./run";
import { createMigratedDatabase, dropDatabase, startTestServer } from "./test-database";
import { summarise } from "./test-summary";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

const TEST_SECRET = "test-only-secret-not-for-production-0123456789";

async function main() {
  const launcher = readLauncherEnv();
  const server = await startTestServer(launcher.DATABASE_URL);
  const cleanup: Array<() => Promise<void>> = [server.stop];
  const failures: string[] = [];
  try {
    const base: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: TEST_SECRET, NODE_ENV: "test" };

    const integrationDb = await createMigratedDatabase(server, "integration", base);
    cleanup.unshift(() => dropDatabase(server, integrationDb.name));
    const vitest = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json",
      "--outputFile.json=test-results/vitest.json"], { ...base, DATABASE_URL: integrationDb.url });
    if (vitest !== 0) failures.push("unit/integration");

    const e2eDb = await createMigratedDatabase(server, "e2e", base);
    cleanup.unshift(() => dropDatabase(server, e2eDb.name));
    // The app sends over real SMTP to this in-process server; Playwright reads what arrived from MAILBOX_DIR.
    const mailboxDir = path.resolve("test-results", "mailbox");
    fs.rmSync(mailboxDir, { recursive: true, force: true });
    const smtp = await startSmtpSink({ mirrorDir: mailboxDir });
    cleanup.unshift(smtp.close);
    const port = await getPort();
    const appUrl = `http://localhost:${port}`;
    const appEnv: NodeJS.ProcessEnv = {
      ...base, NODE_ENV: "production", DATABASE_URL: e2eDb.url, APP_URL: appUrl, NEXTAUTH_URL: appUrl,
      SMTP_URL: smtp.url, NEXT_TELEMETRY_DISABLED: "1",
    };
    await runOrThrow(bin("tsx"), ["lib/scripts/seed.ts"], appEnv);
    if (!hasCurrentBuild()) {
      const fingerprint = sourceFingerprint();
      await runOrThrow(bin("next"), ["build"], appEnv);
      recordBuild(fingerprint);
    }
    const app = startService(bin("next"), ["start", "--port", String(port)], appEnv);
    cleanup.unshift(() => stopService(app));
    await waitForHttp(`${appUrl}/`);
    const playwright = await run(bin("playwright"), ["test"], { ...appEnv, BASE_URL: appUrl, MAILBOX_DIR: mailboxDir });
    if (playwright !== 0) failures.push("end-to-end");
  } finally {
    for (const task of cleanup) await task().catch((error) => console.error(error));
  }
  summarise(failures);
  process.exit(failures.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
