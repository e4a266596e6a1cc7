// The project's runtime import graph, read with the TypeScript parser: which module imports which, and which folder
// imports which. Type-only imports (`import type`, `import { type A }`, `export type … from`) vanish at compile time,
// so they are left out; side-effect imports, re-exports and `import("literal")` are kept. Only the project's own
// modules count ("@/…" and relative paths); packages are leaves.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Source text by path relative to the project root, with "/" separators. */
export type SourceFiles = ReadonlyMap<string, string>;
export type Graph = ReadonlyMap<string, readonly string[]>;

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const SKIPPED_DIRECTORIES = new Set(["node_modules", "generated", ".next"]);

/** The source files under `directories` of `root`. */
export function readSources(root: string, directories: readonly string[]): SourceFiles {
  const files = new Map<string, string>();
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(path.join(root, directory), { withFileTypes: true })) {
      const file = path.posix.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(file);
      else if (entry.isFile() && SOURCE.test(entry.name))
        files.set(file, fs.readFileSync(path.join(root, file), "utf8"));
    }
  };
  directories.forEach(walk);
  return files;
}

/** The module specifiers a file imports at runtime. */
function runtimeSpecifiers(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyImport(node.importClause)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyExport(node)) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function isTypeOnlyImport(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // import "./side-effect"
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

/** The project file a specifier names ("@/" is the project root), or undefined for a package or a non-source file. */
function resolveSpecifier(files: SourceFiles, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith("./") || specifier.startsWith("../")) {
    base = path.posix.join(path.posix.dirname(from), specifier);
  } else return undefined;
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => files.has(candidate));
}

export function importGraph(files: SourceFiles): Graph {
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = runtimeSpecifiers(file, text).map((specifier) => resolveSpecifier(files, file, specifier));
    graph.set(file, [...new Set(targets.filter((target) => target !== undefined))]);
  }
  return graph;
}

/**
 * The folder a file belongs to: lib/<x> and components/<x> (a file directly in lib/ is a folder of its own, like
 * lib/db), otherwise its top-level directory (app, e2e, prisma).
 */
function folderOf(file: string): string {
  const [top, second, ...rest] = file.split("/");
  if ((top === "lib" || top === "components") && second !== undefined) {
    return rest.length > 0 ? `${top}/${second}` : `${top}/${second.replace(SOURCE, "")}`;
  }
  return top!;
}

/** Folder → folders it imports, with one import that makes each edge, as "from-file → to-file". */
export function folderGraph(graph: Graph, include: (file: string) => boolean = () => true) {
  const folders = new Map<string, string[]>();
  const examples = new Map<string, string>();
  for (const [file, targets] of graph) {
    if (!include(file)) continue;
    for (const target of targets) {
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      const edge = `${from} → ${to}`;
      if (examples.has(edge)) continue;
      examples.set(edge, `${file} → ${target}`);
      folders.set(from, [...(folders.get(from) ?? []), to]);
    }
  }
  return { graph: folders as Graph, examples };
}

/**
 * Every cycle of the graph, as the set of nodes that reach each other (Tarjan's strongly connected components of
 * more than one node, or one node importing itself), each sorted, in a stable order.
 */
export function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The edges between members of one cycle, for a failure message: "a → b" lines. */
export function edgesWithin(component: readonly string[], graph: Graph): string[] {
  const members = new Set(component);
  return component.flatMap((node) =>
    (graph.get(node) ?? []).filter((next) => members.has(next)).map((next) => `${node} → ${next}`),
  );
}
