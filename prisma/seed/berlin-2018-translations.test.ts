// The seed's six-language texts repeat its English, name themes as the glossary does, and use the glossary's term
// in every language wherever the English uses one.
import { describe, expect, it } from "vitest";
import { GLOSSARY, LANGUAGES, usesTerm } from "@/lib/i18n/glossary";
import { BERLIN_MEETING, BERLIN_MEMBERS, NEW_YORK_DEBRIEF, THEMES } from "./berlin-2018";
import {
  BERLIN_MEMBER_NAMES,
  type InEachLanguage,
  MEETING_TRANSLATIONS,
  THEME_TRANSLATIONS,
} from "./berlin-2018-translations";

type Labelled = [label: string, text: InEachLanguage];

const TEXTS: Labelled[] = [
  ...Object.entries(BERLIN_MEMBER_NAMES).flatMap(([slug, names]): Labelled[] => [
    [`member ${slug}`, names.name],
    ...("shortName" in names ? [[`member ${slug} short name`, names.shortName] satisfies Labelled] : []),
  ]),
  ...Object.entries(THEME_TRANSLATIONS).flatMap(([slug, theme]): Labelled[] => [
    [`theme ${slug}`, theme.name],
    [`theme ${slug} description`, theme.description],
  ]),
  ...Object.entries(MEETING_TRANSLATIONS).flatMap(([slug, meeting]) =>
    Object.entries<InEachLanguage>(meeting).map(([field, value]): Labelled => [`meeting ${slug} ${field}`, value]),
  ),
];

describe("Berlin 2018 seed translations", () => {
  it("give every text in all six languages, none empty", () => {
    const gaps = TEXTS.flatMap(([label, text]) =>
      LANGUAGES.filter((language) => !text[language]?.trim()).map((language) => `${label}: ${language}`),
    );
    expect(gaps).toEqual([]);
  });

  it("repeat the seed's English", () => {
    for (const theme of THEMES) {
      expect(THEME_TRANSLATIONS[theme.slug].name.en).toBe(theme.name);
      expect(THEME_TRANSLATIONS[theme.slug].description.en).toBe(theme.description);
    }
    for (const meeting of [BERLIN_MEETING, NEW_YORK_DEBRIEF]) {
      const translated: Partial<Record<string, InEachLanguage>> = MEETING_TRANSLATIONS[meeting.slug];
      for (const field of ["title", "theme", "city", "country"] as const) {
        expect(translated[field]?.en ?? null, `${meeting.slug} ${field}`).toBe(meeting[field]);
      }
    }
    for (const member of BERLIN_MEMBERS) {
      const names = BERLIN_MEMBER_NAMES[member.slug];
      const shortName = "shortName" in names ? names.shortName.en : undefined;
      // The seed's English name is the official short name or its accepted shorter form.
      expect([names.name.en, shortName], member.slug).toContain(member.name);
      expect(shortName !== undefined, `${member.slug} has a short name`).toBe("shortName" in member);
    }
  });

  it("name each theme exactly as the glossary does", () => {
    for (const theme of THEMES) {
      const entry = GLOSSARY.find((candidate) => candidate.id === `theme-${theme.slug}`);
      expect(entry, theme.slug).toBeDefined();
      for (const language of LANGUAGES) expect(THEME_TRANSLATIONS[theme.slug].name[language]).toBe(entry?.[language]);
    }
  });

  it("use the glossary's term in every language wherever the English uses one", () => {
    const misses = TEXTS.flatMap(([label, text]) =>
      GLOSSARY.filter((entry) => usesTerm(text.en, "en", entry)).flatMap((entry) =>
        LANGUAGES.filter((language) => usesTerm(text[language], language, entry) === false).map(
          (language) => `${label} (${language}) lacks "${entry.id}": ${text[language]}`,
        ),
      ),
    );
    expect(misses).toEqual([]);
  });
});
