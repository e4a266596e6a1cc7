// The Network's vocabulary in the six official UN languages: one rendering per term and language, so that every
// catalogue, seed translation and page says the same thing the same way. The data is glossary.json (validated by
// glossary.test.ts); docs/glossary.md shows it as tables, written from it by lib/scripts/glossary-doc.ts, and says
// where the renderings come from and why.
import data from "./glossary.json";

export const LANGUAGES = ["en", "ar", "zh", "fr", "ru", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The glossary's areas, in the order docs/glossary.md shows them. */
export const AREAS = {
  agenda: "The agenda and its vocabulary",
  network: "The Network, its members and meetings",
  organisations: "Organisations and instruments named in the record",
  record: "The record: commitments",
  reporting: "Reporting and review",
  statuses: "The four status facts",
  product: "The product's own names",
  themes: "The Network's themes",
} as const;
type Area = keyof typeof AREAS;

export type GlossaryEntry = Record<Language, string> & {
  id: string;
  area: Area;
  notes: string;
  /** Word forms that show the term is used: see `usesTerm`. A language without patterns is not machine-checked. */
  patterns?: Partial<Record<Language, string[]>>;
  /** Catalogue messages ("namespace.key.path") whose whole text is this term, in each language. */
  messages?: string[];
};

export const GLOSSARY = data as GlossaryEntry[];

// Chinese and Arabic have no word starts to anchor on (Arabic glues articles and prepositions to the word).
const ANCHORED: Record<Language, boolean> = { en: true, fr: true, es: true, ru: true, zh: false, ar: false };

/**
 * Text as patterns are written: lower case, typographic apostrophes and no-break spaces made plain, Arabic short
 * vowels and tatweel removed (translators may or may not write them).
 */
export function normaliseForMatch(text: string, language: Language): string {
  return text
    .toLocaleLowerCase(language)
    .replace(/[’ʼ]/g, "'")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[\u0640\u064b-\u065f\u0670]/g, "");
}

/**
 * Whether `text` contains one of the term's word forms in `language`: at the start of a word in English, French,
 * Spanish and Russian (so Russian "темы" is not found inside "системы"), anywhere in Chinese and Arabic.
 * Undefined when the glossary gives no patterns for that language.
 */
export function usesTerm(text: string, language: Language, entry: GlossaryEntry): boolean | undefined {
  const patterns = entry.patterns?.[language];
  if (!patterns) return undefined;
  const haystack = normaliseForMatch(text, language);
  return patterns.some((pattern) =>
    ANCHORED[language]
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(pattern)}`, "u").test(haystack)
      : haystack.includes(pattern),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The glossary as Markdown tables, one per area: the generated part of docs/glossary.md. */
export function glossaryTables(entries: readonly GlossaryEntry[]): string {
  return Object.entries(AREAS)
    .map(([area, title]) => {
      const rows = entries
        .filter((entry) => entry.area === area)
        .map(
          (entry) =>
            `| \`${entry.id}\` | ${LANGUAGES.map((language) => entry[language]).join(" | ")} | ${entry.notes} |`,
        );
      return [
        `### ${title}`,
        "",
        "| id | en | ar | zh | fr | ru | es | Notes |",
        "|---|---|---|---|---|---|---|---|",
        ...rows,
      ].join("\n");
    })
    .join("\n\n");
}
