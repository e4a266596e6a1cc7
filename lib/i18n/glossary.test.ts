// The glossary is data that translators and tests rely on: every term in all six languages, ids unique, nothing
// empty, patterns that find their own renderings, catalogue keys that still hold the term, and docs/glossary.md in
// step with the data.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GLOSSARY_DOC, withTables } from "@/lib/scripts/glossary-doc";
import {
  AREAS,
  GLOSSARY,
  glossaryTables,
  LANGUAGES,
  normaliseForMatch,
  usesTerm,
  type GlossaryEntry,
} from "./glossary";
import raw from "./glossary.json";
import { messages } from "./messages";

// One line of text: no empty strings, no stray spaces, and no "|", which would break the Markdown tables.
const text = z.string().regex(/^[^\s|](?:[^|\n]*[^\s|])?$/, "a non-empty line without surrounding spaces or '|'");
const patternList = z.array(text).min(1).optional();
const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id"),
  area: z.string().refine((area) => area in AREAS, "one of the areas in lib/i18n/glossary.ts"),
  en: text,
  ar: text,
  zh: text,
  fr: text,
  ru: text,
  es: text,
  notes: text,
  patterns: z
    .strictObject({
      en: patternList,
      ar: patternList,
      zh: patternList,
      fr: patternList,
      ru: patternList,
      es: patternList,
    })
    .optional(),
  messages: z
    .array(z.string().regex(/^\w+(\.\w+)+$/, "a catalogue key, namespace.path"))
    .min(1)
    .optional(),
});

/** The terms DESIGN.md and the seed use throughout: a translation must be able to look each of them up. */
const REQUIRED_IDS = [
  "women-peace-and-security",
  "wps-agenda",
  "wps",
  "network-name",
  "focal-point",
  "secretariat",
  "member",
  "member-state",
  "regional-organisation",
  "un-entity",
  "civil-society",
  "un-regional-group",
  "african-group",
  "asia-pacific-group",
  "eastern-european-group",
  "latin-american-caribbean-group",
  "western-european-others-group",
  "security-council",
  "resolution-1325",
  "unscr-1325",
  "pillar-participation",
  "pillar-protection",
  "pillar-prevention",
  "pillar-relief-and-recovery",
  "national-action-plan",
  "gender-mainstreaming",
  "gender-analysis",
  "peacekeeping",
  "peace-operations",
  "commitment",
  "pledge",
  "recommendation-or-call",
  "practice-shared",
  "addressed-to",
  "joint-commitment",
  "lead-member",
  "co-member",
  "meeting",
  "capital-level-meeting",
  "debrief",
  "reporting-cycle",
  "progress-update",
  "not-started",
  "in-progress",
  "substantially-complete",
  "completed",
  "discontinued",
  "on-track",
  "at-risk",
  "off-track",
  "overdue",
  "reported-this-cycle",
  "due",
  "not-reported-this-cycle",
  "inactive",
  "self-reported",
  "reviewed-by-secretariat",
  "evidence-verified",
  "milestone",
  "indicator",
  "baseline",
  "target",
  "evidence",
  "barrier",
  "review",
  "publish",
  "return-with-comment",
  "draft",
  "submitted-for-review",
  "published",
  "returned-update",
  "open-data",
  "accountability-report",
  "demonstration-data",
  "editorial-note",
  "source-excerpt",
  "independent-assessment",
  "civil-society-reviewer",
  "un-women",
  "ecowas",
  "ngo-working-group",
];

function catalogueText(key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages.en);
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

describe("the glossary (lib/i18n/glossary.json)", () => {
  it("gives every term in all six languages, with notes, and nothing empty or unknown", () => {
    const result = z.array(entrySchema).min(1).safeParse(raw);
    expect(result.success, result.error && z.prettifyError(result.error)).toBe(true);
  });

  it("has no two terms with the same id", () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("has the terms of the Network's vocabulary, and terms in every area", () => {
    const ids = new Set(GLOSSARY.map((entry) => entry.id));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(AREAS).filter((area) => !GLOSSARY.some((entry) => entry.area === area))).toEqual([]);
  });

  it("writes patterns the way they are matched, and each language's patterns find its own rendering", () => {
    const problems = GLOSSARY.flatMap((entry) =>
      LANGUAGES.flatMap((language) => {
        const patterns = entry.patterns?.[language] ?? [];
        if (patterns.length === 0) return [];
        return [
          ...patterns
            .filter((pattern) => pattern !== normaliseForMatch(pattern, language))
            .map((pattern) => `${entry.id}.${language}: "${pattern}" is not lower case and plain`),
          // Arabic patterns drop the article's alef, so that li- + al- (لل) still matches: "لمرأة" finds للمرأة.
          ...patterns
            .filter((pattern) => language === "ar" && pattern.startsWith("ال"))
            .map((pattern) => `${entry.id}.ar: "${pattern}" starts with the article's alef`),
          ...patterns
            .filter((pattern, index) => patterns.indexOf(pattern) !== index)
            .map((pattern) => `${entry.id}.${language}: "${pattern}" twice`),
          ...(usesTerm(entry[language], language, entry)
            ? []
            : [`${entry.id}.${language}: no pattern finds "${entry[language]}"`]),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("agrees with itself: a term inside another term's English is inside its renderings too", () => {
    // Brackets in an English headword only say which sense is meant ("review (by the secretariat)").
    const misses = GLOSSARY.flatMap((outer) =>
      GLOSSARY.filter(
        (inner) => inner !== outer && usesTerm(outer.en.replace(/\s*\([^)]*\)/g, ""), "en", inner),
      ).flatMap((inner) =>
        LANGUAGES.filter((language) => usesTerm(outer[language], language, inner) === false).map(
          (language) => `${outer.id}.${language} lacks "${inner.id}": ${outer[language]}`,
        ),
      ),
    );
    expect(misses).toEqual([]);
  });

  it("names catalogue messages that exist and whose English is the term", () => {
    const problems = GLOSSARY.flatMap((entry: GlossaryEntry) =>
      (entry.messages ?? []).flatMap((key) => {
        const english = catalogueText(key);
        if (typeof english !== "string") return [`${entry.id}: no message ${key}`];
        return lowerFirst(english) === lowerFirst(entry.en) ? [] : [`${entry.id}: ${key} is "${english}"`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("never gives two labels of one list the same words in any language", () => {
    // Labels of one list (statuses.schedule, statuses.barrier…) are told apart by their words, never by colour.
    const lists = new Map<string, GlossaryEntry[]>();
    for (const entry of GLOSSARY) {
      for (const key of entry.messages ?? []) {
        const list = key.replace(/\.[^.]+$/, "");
        lists.set(list, [...(lists.get(list) ?? []), entry]);
      }
    }
    const clashes = [...lists].flatMap(([list, members]) =>
      LANGUAGES.flatMap((language) => {
        const labels = members.map((entry) => entry[language]);
        return labels
          .filter((label, index) => labels.indexOf(label) !== index)
          .map((label) => `${list}.${language}: "${label}"`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it("is shown as it is in docs/glossary.md (regenerate with `npx tsx lib/scripts/glossary-doc.ts`)", () => {
    const doc = fs.readFileSync(GLOSSARY_DOC, "utf8");
    expect(doc).toBe(withTables(doc, glossaryTables(GLOSSARY)));
  });
});

describe("usesTerm", () => {
  const entry = (id: string) => GLOSSARY.find((candidate) => candidate.id === id)!;

  it("finds Russian and French word forms only at the start of a word", () => {
    expect(usesTerm("Темы Сети", "ru", entry("theme"))).toBe(true);
    expect(usesTerm("Системы отчетности", "ru", entry("theme"))).toBe(false);
    expect(usesTerm("Réseau des coordonnatrices", "fr", entry("focal-point"))).toBe(true);
  });

  it("ignores case, typographic apostrophes and no-break spaces", () => {
    expect(usesTerm("Plans d’action nationaux", "fr", entry("national-action-plan"))).toBe(true);
    expect(usesTerm("Conseil\u00a0de\u00a0SÉCURITÉ", "fr", entry("security-council"))).toBe(true);
  });

  it("finds Arabic words behind attached prepositions and whatever the short vowels", () => {
    expect(usesTerm("المعنية بالمرأة والسلام والأمن", "ar", entry("women-peace-and-security"))).toBe(true);
    expect(usesTerm("التزامٌ مُنجَز", "ar", entry("commitment"))).toBe(true);
  });

  it("says nothing for a language the glossary gives no patterns for", () => {
    expect(usesTerm("member", "en", entry("member"))).toBeUndefined();
  });
});
