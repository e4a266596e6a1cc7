// Issue 11, item 4: dates and numbers follow the reader's locale (day-month order, digits, the percent sign's place)
// with an explicit time zone wherever a time is shown; nothing is formatted by hand. Every date, number and percent
// goes through next-intl's formatter (getFormatter, useFormatter, ICU arguments in messages; createFormatter with
// DISPLAY_TIME_ZONE outside React). lib/testing/hand-formatting.ts says exactly what is caught.
import { describe, expect, it } from "vitest";
import { readSources } from "./testing/import-graph";
import { handFormatting } from "./testing/hand-formatting";
import { parseSource } from "./testing/physical-direction";

const root = new URL("..", import.meta.url).pathname;
const sources = [...readSources(root, ["app", "components", "lib"])].filter(
  ([file]) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file) && !file.startsWith("lib/testing/"),
);
const findings = sources.flatMap(([file, text]) =>
  handFormatting(parseSource(file, text), { display: !file.startsWith("lib/") }),
);

/** Where formatting by hand is meant. Each entry says why; a whole folder only where none of it meets a reader. */
const ALLOWED: { file: string | RegExp; found: string; reason: string }[] = [
  {
    file: /^lib\/scripts\//,
    found: ".toFixed()",
    reason: "operator scripts print timings and sizes to a terminal in English; no reader of the tracker sees them",
  },
  { file: "lib/i18n/time-zone.ts", found: "timeZone: literal", reason: "the one place the display time zone is named" },
  { file: "lib/data/public/search-sql.ts", found: "${…}%", reason: "a LIKE pattern's wildcards, not a percentage" },
  ...[
    "components/public/progress-bar.tsx",
    "components/scorecard/scorecard.tsx",
    "components/link-previews/chart-preview.tsx",
  ].map((file) => ({ file, found: "${…}%", reason: "a CSS width in percent, not text" })),
  ...["${…}%", ".toFixed()"].map((found) => ({
    file: "components/charts/bar-chart-svg.tsx",
    found,
    reason: "SVG coordinates in percent of the plot, rounded for the markup; never shown as text",
  })),
];
const allowed = ({ file, found }: { file: string; found: string }) =>
  ALLOWED.some(
    (entry) => entry.found === found && (typeof entry.file === "string" ? entry.file === file : entry.file.test(file)),
  );

describe("dates, numbers and percentages", () => {
  it("are formatted through next-intl with the display time zone, never by hand", () => {
    expect(findings.filter((finding) => !allowed(finding))).toEqual([]);
  });

  it("were read from the whole project", () => {
    expect(sources.map(([file]) => file)).toContain("components/public/headline-figures.tsx");
    expect(sources.length).toBeGreaterThan(300);
  });
});

describe("the hand-formatting check", () => {
  const check = (text: string, display = true) =>
    handFormatting(parseSource("x.tsx", text), { display }).map((f) => `${f.line}:${f.found}`);

  it("finds the runtime's formatters, Intl beside next-intl and a percent sign glued to a number", () => {
    const source = [
      "const a = date.toLocaleDateString('fr');",
      "const b = share.toFixed(1) + n.toLocaleString();",
      "const c = new Intl.NumberFormat(locale).format(3);",
      "const d = `${value}%` + `${value} %`;",
      "const e = new Intl.DisplayNames([locale], { type: 'region' }).of('FR');",
      "// a comment about toFixed() and 40 %",
    ].join("\n");
    expect(check(source)).toEqual([
      "1:.toLocaleDateString()",
      "2:.toFixed()",
      "2:.toLocaleString()",
      "3:Intl.NumberFormat",
      "4:${…}%",
      "4:${…}%",
    ]);
  });

  it("finds a time zone written out, a time without its zone, a formatter without a zone and date parts on a page", () => {
    const source = [
      "format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });",
      "format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });",
      "createFormatter({ locale });",
      "createTranslator({ locale, messages, timeZone: DISPLAY_TIME_ZONE });",
      "const label = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;",
    ].join("\n");
    expect(check(source)).toEqual([
      "1:timeZone: literal",
      "2:timeStyle",
      "3:createFormatter without timeZone",
      "5:.getUTCDate()",
      "5:.getUTCMonth()",
    ]);
    expect(check("const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);", false)).toEqual([]);
  });
});
