import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { isUuid } from "@/lib/validation/uuid";
import { isTranslatableKind } from "@/lib/validation/content-translation";
import { readTranslatable } from "./translation-tables";

/** A record's original text and its translations, for the translation screen; null for no such record. */
export async function getTranslationScreen(user: SessionUser | null, kind: string, id: string) {
  await authorizeSecretariat(user, consoleRead("translations"));
  if (!isTranslatableKind(kind) || !isUuid(id)) return null;
  return readTranslatable(db, kind, id);
}
