// What the translation screen may save (docs/decisions/0020-content-translations.md): per record kind, the fields a
// translation carries, and per language the typed text. A language left empty has no translation (saving it empty
// removes one); a language partly filled must fill every required field. Fields are posted as "<locale>.<field>",
// and each language's version as "version.<locale>" (0: none when the screen was shown).
import { z } from "zod";
import { fieldErrorsByPath, type FieldErrors } from "./field-errors";

/** The six languages, as lib/i18n/locales.ts lists them (validation stays free of the i18n folder). */
export const CONTENT_LOCALES = ["en", "ar", "es", "fr", "ru", "zh"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export type TranslationField = { name: string; required: boolean; max: number; multiline?: boolean };

export const TRANSLATABLE = {
  member: [
    { name: "name", required: true, max: 200 },
    { name: "shortName", required: false, max: 100 },
  ],
  theme: [
    { name: "name", required: true, max: 120 },
    { name: "description", required: false, max: 1000, multiline: true },
  ],
  meeting: [{ name: "title", required: true, max: 300 }],
  commitment: [
    { name: "title", required: true, max: 500 },
    { name: "description", required: true, max: 10_000, multiline: true },
  ],
} as const satisfies Record<string, readonly TranslationField[]>;

export type TranslatableKind = keyof typeof TRANSLATABLE;
export const TRANSLATABLE_KINDS = Object.keys(TRANSLATABLE) as TranslatableKind[];

export function isTranslatableKind(value: string): value is TranslatableKind {
  return Object.hasOwn(TRANSLATABLE, value);
}

/** One language's translation: each field's text, null where left empty. */
export type TranslationText = Record<string, string | null>;

/** What was posted, per language other than the source: its text (null: no translation) and the version shown. */
export type TranslationSubmission = Partial<Record<ContentLocale, { text: TranslationText | null; version: number }>>;

/** Every posted field name of the screen, for keeping what was typed. */
export function translationFormFields(kind: TranslatableKind): string[] {
  return CONTENT_LOCALES.flatMap((locale) => [
    ...TRANSLATABLE[kind].map((field) => `${locale}.${field.name}`),
    `version.${locale}`,
  ]);
}

function languageSchema(fields: readonly TranslationField[]) {
  const shape = Object.fromEntries(
    fields.map((field) => [
      field.name,
      z
        .string()
        .trim()
        .max(field.max, { error: "translation.tooLong" })
        .transform((text) => text || null),
    ]),
  );
  return z
    .object(shape)
    .superRefine((text, ctx) => {
      if (Object.values(text).every((value) => value === null)) return;
      for (const field of fields) {
        if (field.required && text[field.name] === null) {
          ctx.addIssue({ code: "custom", path: [field.name], message: "translation.required" });
        }
      }
    })
    .transform((text) => (Object.values(text).every((value) => value === null) ? null : text));
}

/** Reads the posted screen: every language but the source's, validated; errors keyed "<locale>.<field>". */
export function parseTranslationForm(
  kind: TranslatableKind,
  sourceLocale: string,
  values: Record<string, string>,
): { ok: true; submission: TranslationSubmission } | { ok: false; fieldErrors: FieldErrors } {
  const fields = TRANSLATABLE[kind];
  const targets = CONTENT_LOCALES.filter((locale) => locale !== sourceLocale);
  const schema = z.object(
    Object.fromEntries(
      targets.map((locale) => [
        locale,
        z.object({
          text: languageSchema(fields),
          version: z.coerce.number({ error: "translation.version" }).int().min(0, { error: "translation.version" }),
        }),
      ]),
    ),
  );
  const posted = Object.fromEntries(
    targets.map((locale) => [
      locale,
      {
        text: Object.fromEntries(fields.map((field) => [field.name, values[`${locale}.${field.name}`] ?? ""])),
        version: values[`version.${locale}`] ?? "0",
      },
    ]),
  );
  const parsed = schema.safeParse(posted);
  if (!parsed.success) {
    // Paths come as "<locale>.text.<field>": the form knows its inputs as "<locale>.<field>".
    const errors = fieldErrorsByPath(parsed.error);
    return {
      ok: false,
      fieldErrors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(".text.", "."), v])),
    };
  }
  return { ok: true, submission: parsed.data };
}
