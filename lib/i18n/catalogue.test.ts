// Every translated catalogue against English: the same files and keys (none missing, none extra), the same ICU
// arguments and tags, valid ICU, and every plural form each language needs for the counts this site shows.
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

const TRANSLATED = ["ar", "es", "fr", "ru", "zh"] as const;
const root = path.join(import.meta.dirname, "messages");
type Tree = { [key: string]: string | Tree };

function read(lang: string, file: string): Tree | null {
  const target = path.join(root, lang, file);
  return fs.existsSync(target) ? (JSON.parse(fs.readFileSync(target, "utf8")) as Tree) : null;
}

/** The arguments and tags a message uses, e.g. "{count}" and "<member>". */
function placeholders(ast: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      out.add(`{${el.value}}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`{${el.value}}`);
      for (const option of Object.values(el.options)) placeholders(option.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      placeholders(el.children, out);
    }
  }
  return out;
}

/** The plural forms a count on this site (0 to 100,000) can take in a language; French "many" is for millions only. */
function neededForms(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const forms = new Set<string>();
  for (let n = 0; n <= 100_000; n++) forms.add(rules.select(n));
  return forms;
}

function pluralProblems(ast: MessageFormatElement[], lang: string, needed: Set<string>): string[] {
  const existing = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const problems: string[] = [];
  for (const el of ast) {
    if (el.type === TYPE.plural) {
      const forms = Object.keys(el.options).filter((k) => !k.startsWith("="));
      if (!forms.includes("other")) problems.push(`plural {${el.value}} lacks "other"`);
      for (const form of forms)
        if (!existing.includes(form)) problems.push(`plural {${el.value}} has "${form}", which ${lang} does not have`);
      if (el.pluralType !== "ordinal")
        for (const form of needed)
          if (!forms.includes(form)) problems.push(`plural {${el.value}} lacks the "${form}" form ${lang} needs`);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) problems.push(...pluralProblems(option.value, lang, needed));
    if (el.type === TYPE.tag) problems.push(...pluralProblems(el.children, lang, needed));
  }
  return problems;
}

function compare(en: Tree, tr: Tree | undefined, lang: string, needed: Set<string>, where: string): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(en)) {
    const at = `${where}.${key}`;
    const translated = tr?.[key];
    if (translated === undefined) {
      problems.push(`${at}: missing`);
    } else if (typeof value !== "string") {
      if (typeof translated === "string") problems.push(`${at}: a message where English has a group`);
      else problems.push(...compare(value, translated, lang, needed, at));
    } else if (typeof translated !== "string") {
      problems.push(`${at}: not a message`);
    } else {
      let ast: MessageFormatElement[];
      try {
        ast = parse(translated);
      } catch (error) {
        problems.push(`${at}: invalid ICU (${(error as Error).message})`);
        continue;
      }
      const want = [...placeholders(parse(value))].sort().join(" ");
      const got = [...placeholders(ast)].sort().join(" ");
      if (want !== got) problems.push(`${at}: uses [${got}], English uses [${want}]`);
      problems.push(...pluralProblems(ast, lang, needed).map((problem) => `${at}: ${problem}`));
    }
  }
  for (const key of Object.keys(tr ?? {})) if (!(key in en)) problems.push(`${where}.${key}: not in English`);
  return problems;
}

const files = fs.readdirSync(path.join(root, "en")).filter((file) => file.endsWith(".json"));

describe("the message catalogues", () => {
  it("English is valid ICU throughout", () => {
    const invalid: string[] = [];
    const walk = (tree: Tree, where: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value !== "string") walk(value, `${where}.${key}`);
        else
          try {
            parse(value);
          } catch {
            invalid.push(`${where}.${key}`);
          }
      }
    };
    for (const file of files) walk(read("en", file)!, file);
    expect(invalid).toEqual([]);
  });

  it.each(TRANSLATED)(
    "%s has every English key, no other, with English's arguments and the plurals it needs",
    (lang) => {
      const needed = neededForms(lang);
      const problems: string[] = [];
      for (const file of files) {
        const translated = read(lang, file);
        if (!translated) problems.push(`${file}: missing file`);
        else problems.push(...compare(read("en", file)!, translated, lang, needed, file));
      }
      const extraFiles = fs
        .readdirSync(path.join(root, lang))
        .filter((file) => file.endsWith(".json") && !files.includes(file));
      problems.push(...extraFiles.map((file) => `${file}: not in English`));
      expect(problems).toEqual([]);
    },
  );
});

describe("messages with words for screen readers only", () => {
  // The <hidden> part (components/form/visually-hidden.tsx) is read after or before what is shown, never inside it:
  // the accessible name must contain the visible label as one piece (WCAG 2.5.3, label in name). A shown name may be
  // isolated in <bdi>.
  it.each(["en", ...TRANSLATED])("in %s put the hidden part at the start or the end", (lang) => {
    const inside: string[] = [];
    const walk = (tree: Tree, where: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value !== "string") walk(value, `${where}.${key}`);
        else if (
          value.includes("<hidden>") &&
          !/^<hidden>[^]*<\/hidden>(?:[^<]|<bdi>[^<]*<\/bdi>)+$|^[^<]+<hidden>[^]*<\/hidden>$/.test(value)
        )
          inside.push(`${where}.${key}: ${value}`);
      }
    };
    for (const file of files) walk(read(lang, file) ?? {}, file);
    expect(inside).toEqual([]);
  });
});

describe("percentages", () => {
  // A percentage is formatted for the locale (lib/i18n/format-percent.ts, or ICU's {x, number, percent}): the sign's
  // side and spacing differ ("40%", "40 %", "٪40"), so a message never writes a sign beside a value or a number.
  it.each(["en", ...TRANSLATED])("in %s put no percent sign beside an argument or a number", (lang) => {
    const written: string[] = [];
    const walk = (tree: Tree, where: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value !== "string") walk(value, `${where}.${key}`);
        else if (writesPercentSign(value)) written.push(`${where}.${key}: ${value}`);
      }
    };
    for (const file of files) walk(read(lang, file) ?? {}, file);
    expect(written).toEqual([]);
  });

  it("notices a sign after or before an argument or a number, and lets a formatted percentage and a header be", () => {
    const caught = ["{percent}% complete", "{value} %", "٪{value}", "%{max}", "is 100 % complete", "{n}\u202f%"];
    expect(caught.filter((message) => !writesPercentSign(message))).toEqual([]);
    expect(
      ["{percent} complete", "{percent, number, percent}", "Completed (%)", "% complete"].filter(writesPercentSign),
    ).toEqual([]);
  });
});

describe("French messages", () => {
  // A member's name takes its own article in French (le Canada, la Colombie, les Pays-Bas, l’Union africaine), which a
  // message cannot know: "par {member}" or "de {member}" reads wrong for most members. Name the member after a label.
  it("put no article or preposition that needs one right before a member's name", () => {
    const offending: string[] = [];
    const before =
      /(?:^|[\s(’'])(le|la|les|du|des|au|aux|de|d’|l’|par|pour|à)\s*(?:<member>)?\{(member|lead)\}|(le|la|les|du|des|au|aux|de|d’|l’|par|pour|à)\s*<member>\{name\}/i;
    const walk = (tree: Tree, where: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value !== "string") walk(value, `${where}.${key}`);
        else if (before.test(value)) offending.push(`${where}.${key}: ${value}`);
      }
    };
    for (const file of files) walk(read("fr", file) ?? {}, file);
    expect(offending).toEqual([]);
  });
});

describe("the catalogue check itself", () => {
  const needed = neededForms("ru");
  it("notices a missing key, an extra key, a changed argument and a missing plural form", () => {
    const en = { a: "Hello {name}", b: "{count, plural, one {# row} other {# rows}}", c: "<b>x</b>" };
    const ru = { a: "Привет {nom}", b: "{count, plural, one {# строка} other {# строки}}", d: "лишний" };
    expect(compare(en, ru, "ru", needed, "t")).toEqual([
      "t.a: uses [{nom}], English uses [{name}]",
      't.b: plural {count} lacks the "many" form ru needs',
      't.b: plural {count} lacks the "few" form ru needs',
      "t.c: missing",
      "t.d: not in English",
    ]);
  });
  it("accepts a translation that drops an English plural for a plain number", () => {
    expect(
      compare({ a: "{n, plural, one {# row} other {# rows}}" }, { a: "Строк: {n, number}" }, "ru", needed, "t"),
    ).toEqual([]);
  });
});

/** A percent sign (Latin, Arabic or full-width) written beside an argument or a digit: a hand-formatted percentage. */
function writesPercentSign(message: string): boolean {
  return /[}\d٠-٩]\s*[%٪％]|[%٪％]\s*[{\d٠-٩]/.test(message);
}
