import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  CONTENT_LOCALES,
  TRANSLATABLE,
  type ContentLocale,
  type TranslatableKind,
  type TranslationText,
} from "@/lib/validation/content-translation";

// Where each kind of record and its translations live. The identifiers are constants of this file, never input, so
// they go into the SQL as raw text; every value goes in as a parameter.
export const TRANSLATION_TABLES = {
  member: { parent: "members", table: "member_translations", key: "member_id", label: "name" },
  theme: { parent: "themes", table: "theme_translations", key: "theme_id", label: "name" },
  meeting: { parent: "meetings", table: "meeting_translations", key: "meeting_id", label: "title" },
  commitment: { parent: "commitments", table: "commitment_translations", key: "commitment_id", label: "title" },
} as const satisfies Record<TranslatableKind, { parent: string; table: string; key: string; label: string }>;

/** The database column of a translated field (shortName → short_name). */
function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The kind's translated fields of the row aliased `alias`, as one JSON object keyed by column. */
function textColumns(kind: TranslatableKind, alias: "p" | "t"): Prisma.Sql {
  const pairs = TRANSLATABLE[kind].map((field) => `'${columnOf(field.name)}', ${alias}."${columnOf(field.name)}"`);
  return Prisma.raw(`json_build_object(${pairs.join(", ")})`);
}

type StoredTranslation = { text: TranslationText; version: number; updatedAt: Date };

export type TranslatableRecord = {
  kind: TranslatableKind;
  id: string;
  slug: string;
  sourceLocale: ContentLocale;
  original: TranslationText;
  translations: Partial<Record<ContentLocale, StoredTranslation>>;
};

function textOf(kind: TranslatableKind, row: Record<string, unknown>): TranslationText {
  return Object.fromEntries(
    TRANSLATABLE[kind].map((field) => {
      const value = row[columnOf(field.name)];
      return [field.name, typeof value === "string" ? value : null];
    }),
  );
}

/** A record's original text and its translations; null when there is no such record. `lock` holds its row. */
export async function readTranslatable(
  client: Db | Tx,
  kind: TranslatableKind,
  id: string,
  { lock = false } = {},
): Promise<TranslatableRecord | null> {
  const { parent, table, key } = TRANSLATION_TABLES[kind];
  const [record] = await client.$queryRaw<{ slug: string; sourceLocale: string; row: Record<string, unknown> }[]>`
    SELECT p.slug, p.source_locale AS "sourceLocale", ${textColumns(kind, "p")} AS row
    FROM ${Prisma.raw(parent)} p WHERE p.id = ${id}::uuid ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
  if (!record) return null;
  const rows = await client.$queryRaw<
    { locale: string; version: number; updatedAt: Date; row: Record<string, unknown> }[]
  >`
    SELECT locale, version, updated_at AS "updatedAt", ${textColumns(kind, "t")} AS row
    FROM ${Prisma.raw(table)} t WHERE t.${Prisma.raw(key)} = ${id}::uuid`;
  const translations: TranslatableRecord["translations"] = {};
  for (const row of rows) {
    const locale = CONTENT_LOCALES.find((candidate) => candidate === row.locale);
    if (locale) translations[locale] = { text: textOf(kind, row.row), version: row.version, updatedAt: row.updatedAt };
  }
  return {
    kind,
    id,
    slug: record.slug,
    sourceLocale: CONTENT_LOCALES.find((locale) => locale === record.sourceLocale) ?? "en",
    original: textOf(kind, record.row),
    translations,
  };
}

/** Writes one language's translation (a new one at version 1, a changed one at the next version). */
export async function writeTranslation(
  tx: Tx,
  kind: TranslatableKind,
  id: string,
  locale: ContentLocale,
  text: TranslationText,
  userId: string,
) {
  const { table, key } = TRANSLATION_TABLES[kind];
  const fields = TRANSLATABLE[kind].map((field) => field.name);
  const columns = fields.map((field) => Prisma.raw(`"${columnOf(field)}"`));
  const assignments = fields.map((field) => Prisma.raw(`"${columnOf(field)}" = EXCLUDED."${columnOf(field)}"`));
  await tx.$executeRaw`
    INSERT INTO ${Prisma.raw(table)} (${Prisma.raw(key)}, locale, ${Prisma.join(columns)}, updated_at, updated_by_id)
    VALUES (${id}::uuid, ${locale}, ${Prisma.join(fields.map((field) => text[field] ?? null))}, now(), ${userId}::uuid)
    ON CONFLICT (${Prisma.raw(key)}, locale) DO UPDATE SET ${Prisma.join(assignments)},
      version = ${Prisma.raw(table)}.version + 1, updated_at = now(), updated_by_id = EXCLUDED.updated_by_id`;
}

export async function deleteTranslation(tx: Tx, kind: TranslatableKind, id: string, locale: ContentLocale) {
  const { table, key } = TRANSLATION_TABLES[kind];
  await tx.$executeRaw`DELETE FROM ${Prisma.raw(table)} WHERE ${Prisma.raw(key)} = ${id}::uuid AND locale = ${locale}`;
}
