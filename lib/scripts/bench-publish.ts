// How soon a publish shows on the dashboard, for `npm run bench`: runs ./bench-publish-run.ts against the served app
// (with its environment: database, address, secret) and reads the rounds it prints.
import { spawn } from "node:child_process";
import { bin } from "./run";
import type { PublishRound } from "./bench-publish-run";

export function measurePublish(appEnv: NodeJS.ProcessEnv): Promise<PublishRound[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("tsx"), ["lib/scripts/bench-publish-run.ts"], {
      env: appEnv,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`bench-publish-run exited with code ${code}`));
      const lines = Buffer.concat(chunks).toString("utf8").trim().split("\n");
      resolve(JSON.parse(lines.at(-1)!) as PublishRound[]);
    });
  });
}
