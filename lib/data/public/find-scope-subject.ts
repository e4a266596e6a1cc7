import "server-only";
import { db } from "@/lib/db";
import type { FeedScope } from "@/lib/domain/feed-scope";
import type { Locale } from "@/lib/i18n/locales";
import { localize, translationIn } from "@/lib/i18n/localized-text";

export type ScopeSubject = { id: string; name: string; lang: Locale };

/**
 * The commitment, member or theme a feed or a follow is about, named in `locale` where it has a translation; null
 * when the public cannot see it (an unknown slug, a commitment that is not approved).
 */
export async function findScopeSubject(
  scope: Exclude<FeedScope, { kind: "all" }>,
  locale: Locale,
): Promise<ScopeSubject | null> {
  switch (scope.kind) {
    case "commitment": {
      const row = await db.commitment.findFirst({
        where: { slug: scope.slug, approval: "APPROVED" },
        select: { id: true, title: true, sourceLocale: true, translations: translationIn(locale, { title: true }) },
      });
      if (!row) return null;
      const { id, title, lang } = localize(locale, row);
      return { id, name: title, lang };
    }
    case "member": {
      const row = await db.member.findUnique({
        where: { slug: scope.slug },
        select: { id: true, name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) },
      });
      return row ? pick(localize(locale, row)) : null;
    }
    case "theme": {
      const row = await db.theme.findUnique({
        where: { slug: scope.slug },
        select: { id: true, name: true, sourceLocale: true, translations: translationIn(locale, { name: true }) },
      });
      return row ? pick(localize(locale, row)) : null;
    }
  }
}

function pick({ id, name, lang }: { id: string; name: string; lang: Locale }): ScopeSubject {
  return { id, name, lang };
}
