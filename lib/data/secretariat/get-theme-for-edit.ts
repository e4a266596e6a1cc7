import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUuid } from "@/lib/validation/uuid";
import { authorizeSecretariatRead } from "./authorize-secretariat-read";

export async function getThemeForEdit(user: SessionUser | null, id: string) {
  await authorizeSecretariatRead(user, "theme");
  if (!isUuid(id)) return null;
  return db.theme.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true } });
}
