import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

export async function getThemeForEdit(user: SessionUser | null, id: string) {
  await authorizeSecretariat(user, consoleRead("theme"));
  if (!isUuid(id)) return null;
  return db.theme.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true } });
}
