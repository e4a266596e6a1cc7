import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./lib/chromium-args";
import { readSetting } from "./lib/env.js";

// The app under test is started by `npm test` (lib/scripts/test.ts), which sets BASE_URL. Chromium is Debian's
// (/usr/bin/chromium): Playwright's own browser download is not reachable from these machines.
const baseURL = readSetting("BASE_URL");

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: readSetting("CHROMIUM_PATH"),
    args: CHROMIUM_ARGS,
  },
};

// Specs that write nothing: they compare pages with downloads and count results over the whole record, so they run
// first, while nothing else runs. Every other spec writes only rows it owns (e2e/support/fixtures.ts) and runs after
// them; to run one of those alone, skip the read-only ones with `npm test -- --e2e --no-deps e2e/<spec>.ts`.
// docs/decisions/0010-e2e-fixtures.md.
const READ_ONLY_SPECS = /\/(dashboard|explorer|public-pages|open-data|link-previews)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  // Fails the run if a spec changed the seeded Berlin 2018 rows, or left rows it made.
  globalSetup: "./e2e/support/global-setup.ts",
  outputDir: "test-results/playwright",
  forbidOnly: true,
  retries: 0,
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
  },
  projects: [
    { name: "read-only", testMatch: READ_ONLY_SPECS, use: chromium },
    { name: "writes", testIgnore: READ_ONLY_SPECS, dependencies: ["read-only"], use: chromium },
  ],
});
