// A signed-in user chooses the language they read the site and their emails in. Only their own account: the
// actor's id is the row written, whatever the form sent.
import "server-only";
import { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/lib/i18n/locales";

const localeSchema = z.enum(locales);

export type SetPreferredLocaleResult = { ok: true; locale: Locale } | { ok: false; error: "invalid" };

export async function setPreferredLocale(actor: SessionUser, input: unknown): Promise<SetPreferredLocaleResult> {
  const parsed = localeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const locale = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { preferredLocale: true } });
    if (before.preferredLocale === locale) return { ok: true as const, locale };
    await tx.user.update({ where: { id: actor.id }, data: { preferredLocale: locale } });
    await writeAudit(tx, actorFor(actor), {
      action: "user.preferred_locale_changed",
      entityType: "user",
      entityId: actor.id,
      memberId: actor.memberId,
      before: { preferredLocale: before.preferredLocale },
      after: { preferredLocale: locale },
    });
    return { ok: true as const, locale };
  });
}
