// Right to left (Arabic) mirrors the page through `dir="rtl"` on <html>; that only works where the styles name the
// reading start and end (ms-, pe-, start-, text-start, border-s-) instead of left and right, and where an arrow that
// points back or forward flips with the page. lib/testing/physical-direction.ts says exactly what is caught.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSources } from "./testing/import-graph";
import { parseSource, physicalClasses, physicalDeclarations, unmirroredArrows } from "./testing/physical-direction";

const root = new URL("..", import.meta.url).pathname;
/** Tests describe styles (and this one lists the forbidden ones); they style nothing. */
const sources = [...readSources(root, ["app", "components", "lib"])]
  .filter(([file]) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file))
  .map(([file, text]) => parseSource(file, text));
const stylesheets = ["app", "components"].flatMap((directory) =>
  fs
    .readdirSync(path.join(root, directory), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".css"))
    .map((file) => path.posix.join(directory, file)),
);

// Read once while the file loads: the whole tree takes a while on a busy machine, and a test has a time limit.
const classes = sources.flatMap(physicalClasses);
const arrows = sources.flatMap(unmirroredArrows);

/** Physical sides that are meant: none today. Each entry needs its reason, e.g. an SVG's own geometry. */
const ALLOWED: { file: string; found: string; reason: string }[] = [];
const allowed = ({ file, found }: { file: string; found: string }) =>
  ALLOWED.some((entry) => entry.file === file && entry.found === found);

describe("styles follow the writing direction", () => {
  it("use no physical direction class in app/, components/ or lib/", () => {
    expect(classes.filter((f) => !allowed(f))).toEqual([]);
  });

  it("use no physical direction in the stylesheets", () => {
    expect(stylesheets).toContain("app/globals.css");
    const found = stylesheets.flatMap((file) =>
      physicalDeclarations(file, fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(found.filter((f) => !allowed(f))).toEqual([]);
  });

  it("mirror every arrow that points back or forward", () => {
    expect(arrows.filter((f) => !allowed(f))).toEqual([]);
  });

  it("were read from the whole project", () => {
    expect(sources.map((source) => source.fileName)).toContain("components/public/pagination.tsx");
    expect(sources.length).toBeGreaterThan(300);
  });
});

describe("the direction check", () => {
  it("finds physical classes behind variants and in template literals, and leaves logical ones and prose alone", () => {
    const source = [
      'const a = "ml-2 ps-4 print:pl-0 focus:left-2 text-right";',
      "const b = `rounded border-l-4 ${tone} -right-[31px] pr-3!`;",
      'const c = "ms-2 pe-4 start-2 -end-1 text-start border-s-4 rounded-se-md rtl:-scale-x-100 space-x-2";',
      'const d = "reads left to right; the left-over text, right-to-left";',
      "// a comment about ml-2 and text-left",
    ].join("\n");
    expect(physicalClasses(parseSource("x.ts", source)).map((f) => `${f.line}:${f.found}`)).toEqual([
      "1:ml-2",
      "1:print:pl-0",
      "1:focus:left-2",
      "1:text-right",
      "2:border-l-4",
      "2:-right-[31px]",
      "2:pr-3!",
    ]);
  });

  it("finds arrows that do not mirror", () => {
    const source = [
      "const a = <span aria-hidden>← </span>;",
      'const b = <span className="me-1 inline-block rtl:-scale-x-100">←</span>;',
      "const c = <p>Before → after</p>;",
    ].join("\n");
    expect(unmirroredArrows(parseSource("x.tsx", source)).map((f) => `${f.line}:${f.found}`)).toEqual([
      "1:←",
      "3:Before → after",
    ]);
  });

  it("finds physical declarations in CSS outside comments", () => {
    const css =
      "/* margin-left: 0 */\na { margin-left: 1px; inset-inline-start: 0; text-align: right; }\nb { right: 0 }";
    expect(physicalDeclarations("x.css", css).map((f) => `${f.line}:${f.found}`)).toEqual([
      "2:margin-left:",
      "2:text-align: right",
      "3:right:",
    ]);
  });
});
