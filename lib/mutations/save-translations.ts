// The secretariat saves a record's translations, all six languages of the translation screen at once
// (docs/decisions/0020-content-translations.md): each language's version must still be the one the screen showed,
// or nothing is written; the changed languages are written and audited in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { deleteTranslation, readTranslatable, writeTranslation } from "@/lib/data/secretariat/translation-tables";
import { isUuid } from "@/lib/validation/uuid";
import {
  CONTENT_LOCALES,
  isTranslatableKind,
  parseTranslationForm,
  type TranslationText,
} from "@/lib/validation/content-translation";
import { CONFLICT, invalid, NOT_FOUND, type MutationResult } from "./mutation-result";

export async function saveTranslations(
  actor: SessionUser | null,
  { kind, id, values }: { kind: string; id: string; values: Record<string, string> },
): Promise<MutationResult<{ changed: number }>> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: "translation.save",
    entityType: kind,
    entityId: id,
  });
  if (!isTranslatableKind(kind) || !isUuid(id)) return NOT_FOUND;
  const shown = await readTranslatable(db, kind, id);
  if (!shown) return NOT_FOUND;
  const parsed = parseTranslationForm(kind, shown.sourceLocale, values);
  if (!parsed.ok) return invalid(parsed.fieldErrors);

  const result = await db.$transaction(async (tx) => {
    // The record's row lock serialises two saves of its translations; each language's version says whether anyone
    // saved since the screen was shown.
    const current = await readTranslatable(tx, kind, id, { lock: true });
    if (!current) return NOT_FOUND;
    const before: Record<string, TranslationText | null> = {};
    const after: Record<string, TranslationText | null> = {};
    for (const locale of CONTENT_LOCALES) {
      const submitted = parsed.submission[locale];
      if (!submitted || locale === current.sourceLocale) continue;
      const stored = current.translations[locale];
      if ((stored?.version ?? 0) !== submitted.version) return CONFLICT;
      if (JSON.stringify(stored?.text ?? null) === JSON.stringify(submitted.text)) continue;
      before[locale] = stored?.text ?? null;
      after[locale] = submitted.text;
    }
    for (const [locale, text] of Object.entries(after)) {
      const language = CONTENT_LOCALES.find((candidate) => candidate === locale);
      if (!language) continue;
      if (text) await writeTranslation(tx, kind, id, language, text, secretariat.id);
      else await deleteTranslation(tx, kind, id, language);
    }
    const changed = Object.keys(after).length;
    if (changed > 0) {
      await writeAudit(tx, secretariat, { action: "translation.save", entityType: kind, entityId: id, before, after });
    }
    return { ok: true as const, changed };
  });
  if (result.ok && result.changed > 0) revalidatePublicData();
  return result;
}
