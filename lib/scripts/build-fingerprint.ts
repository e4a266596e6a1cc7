// "Builds when there is no current build": a build is current when the sources it was made from are unchanged.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

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

export function sourceFingerprint(): string {
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

export function hasCurrentBuild(): boolean {
  if (!fs.existsSync(path.resolve(".next", "BUILD_ID")) || !fs.existsSync(STAMP)) return false;
  return fs.readFileSync(STAMP, "utf8") === sourceFingerprint();
}

export function recordBuild(fingerprint: string) {
  fs.writeFileSync(STAMP, fingerprint);
}
