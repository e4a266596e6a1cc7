// Throughput of a page under load, for `npm run bench`: 10 keep-alive connections for a few seconds (autocannon),
// each asking as a browser does (accepting gzip), against the app and against the same HTML served from memory by a
// bare Node server in its own process (static-html-server.ts): the physical limit on this machine, so the ratio
// means something on a noisy box.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { bin, stopService } from "./run";

export type Load = { requestsPerSecond: number; p99Ms: number; failed: number };

export const CONNECTIONS = 10;

/** As browsers ask: every browser accepts gzip, and both servers keep the page gzipped in memory. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

export async function loadOf(url: string, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: BROWSER_HEADERS });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

/** The pages' HTML, as the app answered them, served from memory; stop it when done. */
export async function startStaticServer(pages: { path: string; html: string }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-static-"));
  const manifest = Object.fromEntries(pages.map((page, i) => [page.path, `${i}.html`]));
  pages.forEach((page, i) => fs.writeFileSync(path.join(dir, `${i}.html`), page.html));
  fs.writeFileSync(path.join(dir, "pages.json"), JSON.stringify(manifest));
  const child = spawn(bin("tsx"), ["lib/scripts/static-html-server.ts", dir], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`The static server exited with code ${code}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopService(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
