// Lighthouse's mobile Performance score of a page (its default: a mid-range phone on a slow 4G connection, simulated),
// the median of three runs, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), for `npm run bench`.
import { spawn } from "node:child_process";
import { childProcessEnv, readSetting } from "@/lib/env";
import { bin } from "./run";

export type Lighthouse = { score: number; totalBlockingTimeMs: number; runs: number[] };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
].join(" ");

type Report = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
};

function runOnce(url: string): Promise<{ score: number; totalBlockingTimeMs: number }> {
  const args = [url, "--output=json", "--output-path=stdout", "--quiet", "--only-categories=performance"];
  const env = childProcessEnv({ CHROME_PATH: readSetting("CHROME_PATH") });
  return new Promise((resolve, reject) => {
    const child = spawn(bin("lighthouse"), [...args, `--chrome-flags=${CHROME_FLAGS}`], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with code ${code}`));
      const report = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Report;
      resolve({
        score: Math.round((report.categories.performance.score ?? 0) * 100),
        totalBlockingTimeMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
      });
    });
  });
}

/** Three runs, one after the other; the run with the median score is reported. */
export async function lighthouseOf(url: string): Promise<Lighthouse> {
  const runs: { score: number; totalBlockingTimeMs: number }[] = [];
  for (let i = 0; i < 3; i++) runs.push(await runOnce(url));
  const median = [...runs].sort((a, b) => a.score - b.score)[1]!;
  return { ...median, runs: runs.map((run) => run.score) };
}
