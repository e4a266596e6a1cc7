// Names, titles and other data inside an accessible name given as a string (aria-label, accessibleName) are isolated
// with isolate(): the string cannot hold <bdi>, and a Latin title inside an Arabic label would otherwise reorder the
// words around it for screen readers and in every tool that shows the name.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { readSources } from "@/lib/testing/import-graph";
import { isolate } from "./isolate";
import { messages } from "./messages";

describe("isolate", () => {
  it("wraps a value in first-strong isolate … pop directional isolate, which a translated label keeps", () => {
    expect(isolate("Colombia")).toBe("\u2068Colombia\u2069");
    const t = createTranslator({ locale: "ar", messages: messages.ar, timeZone: "UTC" });
    const label = t("workspace.proposals.editOn", { title: isolate("National Action Plan 2019–2023") });
    expect(label).toContain("\u2068National Action Plan 2019–2023\u2069");
    expect(label.startsWith("\u2068")).toBe(false);
  });
});

/** Arguments that are counts and page numbers: the message formats them, in the reader's digits. */
const NUMBERS = new Set(["count", "page", "pageCount", "total"]);
const ATTRIBUTE = /\b(?:aria-label|accessibleName|submitAccessibleName)=\{/g;
const CALL = /\bt[A-Za-z]*\("[^"]+",\s*\{([^{}]*)\}/g;

/** Each value an accessible name written in place gives a message without isolate(), as "file: argument". */
function unisolated(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(ATTRIBUTE)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < source.length) depth += { "{": 1, "}": -1 }[source[end++]!] ?? 0;
    for (const call of source.slice(match.index, end).matchAll(CALL)) {
      for (const entry of call[1]!.split(",").map((part) => part.trim())) {
        if (!entry) continue;
        const [key, value = key] = entry.split(":").map((part) => part.trim());
        if (!NUMBERS.has(key!) && !value!.startsWith("isolate(")) found.push(`${file}: ${entry}`);
      }
    }
  }
  return found;
}

describe("accessible names written in place", () => {
  it("isolate every text they interpolate", () => {
    const root = new URL("../..", import.meta.url).pathname;
    const sources = [...readSources(root, ["app", "components"])].filter(([file]) => file.endsWith(".tsx"));
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.flatMap(([file, source]) => unisolated(file, source))).toEqual([]);
  });

  it("notice a name that is not isolated, and let counts and isolated names be", () => {
    const source = `<a aria-label={t("editName", { name: theme.name })} /><b accessibleName={
      done ? t("x", { count: n, title: isolate(title) }) : t("y", { title })} /><c aria-label={t("z", { page, pageCount })} />`;
    expect(unisolated("f.tsx", source)).toEqual(["f.tsx: name: theme.name", "f.tsx: title"]);
  });
});
