// "Builds when there is no current build": a build is current when the sources it was made from are unchanged.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, runOrThrow } from "./run";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.js",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", "generated", ".next", ".data"]);
const STAMP = path.resolve(".next", "wps-build-fingerprint");

function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) visit(path.join(entry, name));
    } else if (!/\.(test|int\.test)\.tsx?$/.test(entry)) {
      hash.update(entry).update("\0").update(fs.readFileSync(entry)).update("\0");
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

function hasCurrentBuild(): boolean {
  if (!fs.existsSync(path.resolve(".next", "BUILD_ID")) || !fs.existsSync(STAMP)) return false;
  return fs.readFileSync(STAMP, "utf8") === sourceFingerprint();
}

/**
 * Builds the production app when its sources changed since the last build. The Prisma client is generated first:
 * a checkout that pulled a schema change has an old one until then, and the build's type check would fail on it.
 * Returns whether it built.
 */
export async function buildWhenChanged(env: NodeJS.ProcessEnv, onBuild: () => void = () => {}): Promise<boolean> {
  if (hasCurrentBuild()) return false;
  onBuild();
  const fingerprint = sourceFingerprint();
  await runOrThrow(bin("prisma"), ["generate"], env);
  await runOrThrow(bin("next"), ["build"], env);
  fs.writeFileSync(STAMP, fingerprint);
  return true;
}
