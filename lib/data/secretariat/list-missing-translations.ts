import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  CONTENT_LOCALES,
  TRANSLATABLE_KINDS,
  type ContentLocale,
  type TranslatableKind,
} from "@/lib/validation/content-translation";
import { TRANSLATION_TABLES } from "./translation-tables";

/** Records listed per kind; the count says how many more there are. */
const SHOWN_PER_KIND = 50;

export type MissingTranslations = {
  kind: TranslatableKind;
  /** Records of this kind lacking at least one language. */
  total: number;
  items: { id: string; slug: string; label: string; sourceLocale: string; missing: ContentLocale[] }[];
};

/** Per kind of record, those that lack a translation into at least one of the other five languages. */
export async function listMissingTranslations(user: SessionUser | null): Promise<MissingTranslations[]> {
  await authorizeSecretariat(user, consoleRead("translations"));
  return Promise.all(TRANSLATABLE_KINDS.map((kind) => missingOf(kind)));
}

async function missingOf(kind: TranslatableKind): Promise<MissingTranslations> {
  const { parent, table, key, label } = TRANSLATION_TABLES[kind];
  const rows = await db.$queryRaw<
    { id: string; slug: string; label: string; sourceLocale: string; present: string[]; total: number }[]
  >`
    SELECT p.id, p.slug, p.${Prisma.raw(label)} AS label, p.source_locale AS "sourceLocale",
           coalesce(array_agg(t.locale) FILTER (WHERE t.locale IS NOT NULL), '{}') AS present,
           (count(*) OVER ())::int AS total
    FROM ${Prisma.raw(parent)} p
    LEFT JOIN ${Prisma.raw(table)} t ON t.${Prisma.raw(key)} = p.id AND t.locale <> p.source_locale
    GROUP BY p.id
    HAVING count(t.locale) < ${CONTENT_LOCALES.length - 1}
    ORDER BY p.${Prisma.raw(label)}, p.id
    LIMIT ${SHOWN_PER_KIND}`;
  return {
    kind,
    total: rows[0]?.total ?? 0,
    items: rows.map(({ present, total: _total, ...row }) => ({
      ...row,
      missing: CONTENT_LOCALES.filter((locale) => locale !== row.sourceLocale && !present.includes(locale)),
    })),
  };
}
