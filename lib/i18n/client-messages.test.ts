// Every namespace a client component translates with must reach the browser in each part of the site where the
// component is used: a missing one would show message keys instead of words.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  clientMessages,
  PUBLIC_CLIENT_NAMESPACES,
  SECRETARIAT_CLIENT_NAMESPACES,
  WORKSPACE_CLIENT_NAMESPACES,
} from "./client-messages";

const root = path.resolve(import.meta.dirname, "..", "..");
const SOURCE_DIRS = ["app", "components", "lib"];
const files = SOURCE_DIRS.flatMap((dir) =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
    .map((file) => path.join(dir, file).split(path.sep).join("/")),
);
const source = new Map(files.map((file) => [file, fs.readFileSync(path.join(root, file), "utf8")]));
const isClient = (file: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source.get(file)!);

/** The app/ route segments that end up rendering `file`, following imports through components. */
function routesUsing(file: string, seen = new Set<string>()): string[] {
  if (file.startsWith("app/")) return [file];
  if (seen.has(file)) return [];
  seen.add(file);
  const specifier = `@/${file.replace(/\.tsx?$/, "")}`;
  const base = path.basename(file).replace(/\.tsx?$/, "");
  return files
    .filter((other) => {
      const text = source.get(other)!;
      return (
        text.includes(`"${specifier}"`) || (path.dirname(other) === path.dirname(file) && text.includes(`"./${base}"`))
      );
    })
    .flatMap((importer) => routesUsing(importer, seen));
}

function areaOf(route: string): readonly string[] {
  if (route.startsWith("app/[locale]/secretariat/")) return SECRETARIAT_CLIENT_NAMESPACES;
  if (route.startsWith("app/[locale]/workspace/")) return WORKSPACE_CLIENT_NAMESPACES;
  return PUBLIC_CLIENT_NAMESPACES;
}

const covered = (namespace: string, sent: readonly string[]) =>
  sent.some((given) => namespace === given || namespace.startsWith(`${given}.`));

describe("client messages", () => {
  it("sends every namespace each client component uses, wherever it is used", () => {
    const clientFiles = files.filter(isClient);
    expect(clientFiles.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const file of clientFiles) {
      const namespaces = [...source.get(file)!.matchAll(/use(?:Loose)?Translations\("([^"]+)"\)/g)].map((m) => m[1]!);
      const routes = file.startsWith("app/") ? [file] : routesUsing(file);
      for (const route of routes) {
        for (const namespace of namespaces) {
          if (!covered(namespace, areaOf(route))) missing.push(`${file} uses "${namespace}" on ${route}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("picks namespaces in place, and refuses one that does not exist", () => {
    const picked = clientMessages("en", ["public.filters", "statuses"]) as Record<string, Record<string, unknown>>;
    expect(Object.keys(picked).sort()).toEqual(["public", "statuses"]);
    expect(Object.keys(picked.public!)).toEqual(["filters"]);
    expect(() => clientMessages("en", ["public.nothing"])).toThrow('No messages under "public.nothing"');
  });

  it("sends a public page a small part of the catalogue", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    const all = clientMessages("en", [
      "common",
      "statuses",
      "public",
      "explorer",
      "openData",
      "workspace",
      "auth",
      "email",
      "secretariat",
      "review",
      "register",
      "reporting",
    ]);
    expect(size(clientMessages("en", PUBLIC_CLIENT_NAMESPACES))).toBeLessThan(size(all) / 4);
  });
});
