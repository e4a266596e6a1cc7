// Folders that mean what they say: nothing imports itself back at runtime, neither a module through a chain of
// modules nor a folder (lib/<x>, components/<x>, app, e2e, prisma) through other folders. Type-only imports do not
// count: they vanish at compile time. ESLint holds the other layout rules (eslint.config.mjs): components never import
// server-only modules at runtime, lib/domain imports nothing above it. README.md ("Layout") says what goes where.
import { describe, expect, it } from "vitest";
import { cycles, edgesWithin, folderGraph, importGraph, readSources, type SourceFiles } from "./testing/import-graph";

const root = new URL("..", import.meta.url).pathname;
const graph = importGraph(readSources(root, ["app", "components", "lib", "e2e", "prisma"]));

/** Tests sit beside what they test and may reach across folders (a route's test calls the route); nothing imports
 * them, so they are left out of the folders' graph. Test helpers (…/testing/…) are modules like any other. */
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);

describe("the import graph", () => {
  it("has no cycle between modules", () => {
    expect(cycles(graph).map((component) => edgesWithin(component, graph))).toEqual([]);
  });

  it("has no cycle between folders", () => {
    const folders = folderGraph(graph, (file) => !isTest(file));
    const found = cycles(folders.graph).map((component) =>
      edgesWithin(component, folders.graph).map((edge) => `${edge}  (${folders.examples.get(edge)})`),
    );
    expect(found).toEqual([]);
  });

  it("was read from the whole project", () => {
    expect(graph.get("app/[locale]/page.tsx")).toContain("components/dashboard/chart-section.tsx");
    expect(graph.size).toBeGreaterThan(300);
  });
});

describe("the cycle check", () => {
  const project = (files: Record<string, string>): SourceFiles => new Map(Object.entries(files));

  it("counts runtime imports, re-exports and dynamic imports, and ignores type-only ones", () => {
    const typeOnly = project({
      "lib/a/one.ts": 'import { two } from "@/lib/b/two";',
      "lib/b/two.ts": 'import type { One } from "../a/one";\nimport { type Three } from "@/lib/a/one";',
      "lib/b/three.ts": 'export type { One } from "@/lib/a/one";',
    });
    expect(cycles(importGraph(typeOnly))).toEqual([]);
    for (const back of [
      'import { type One, one } from "@/lib/a/one";',
      'export { one } from "../a/one";',
      'import "@/lib/a/one";',
      'const load = () => import("@/lib/a/one");',
    ]) {
      const runtime = project({ "lib/a/one.ts": 'import { two } from "@/lib/b/two";', "lib/b/two.ts": back });
      expect(cycles(importGraph(runtime))).toEqual([["lib/a/one.ts", "lib/b/two.ts"]]);
    }
  });

  it("finds folders that import each other through different modules", () => {
    const files = project({
      "lib/data/read.ts": 'import { send } from "@/lib/reporting/send";',
      "lib/reporting/send.ts": "export const send = 1;",
      "lib/reporting/report.ts": 'import { other } from "@/lib/data/other";',
      "lib/data/other.ts": "export const other = 1;",
      "lib/db.ts": 'import { read } from "./data/read";',
    });
    const modules = importGraph(files);
    expect(cycles(modules)).toEqual([]);
    const folders = folderGraph(modules);
    expect(cycles(folders.graph)).toEqual([["lib/data", "lib/reporting"]]);
    expect(folders.examples.get("lib/db → lib/data")).toBe("lib/db.ts → lib/data/read.ts");
  });
});
