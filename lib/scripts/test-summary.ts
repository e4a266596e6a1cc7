// One closing line for the whole run, counted from the runners' JSON reports.
import fs from "node:fs";

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

function readJson<T>(file: string): T | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : undefined;
}

export function summarise(failedSuites: string[]) {
  const vitest = readJson<VitestReport>("test-results/vitest.json");
  const playwright = readJson<PlaywrightReport>("test-results/playwright.json");
  const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats.expected ?? 0);
  const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0) + (playwright?.stats.flaky ?? 0);
  const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats.skipped ?? 0);
  if (failedSuites.length) console.log(`\nFailed: ${failedSuites.join(", ")}`);
  console.log(`\n${passed} passed, ${failed + (failed === 0 ? failedSuites.length : 0)} failed, ${skipped} skipped`);
}
