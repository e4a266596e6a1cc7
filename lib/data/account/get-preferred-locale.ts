import "server-only";
import { db } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** The language a user chose for the site and their emails, or null if they have not chosen one. */
export async function getPreferredLocale(userId: string): Promise<Locale | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { preferredLocale: true } });
  return isLocale(user?.preferredLocale) ? user.preferredLocale : null;
}
