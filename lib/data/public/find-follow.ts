import "server-only";
import { db } from "@/lib/db";
import { hashToken, isWellFormedToken } from "@/lib/auth/email-link-token";
import { SCOPE_OF_TARGET, type FollowScope } from "@/lib/domain/follow-target";
import type { Locale } from "@/lib/i18n/locales";
import { recipientLocale } from "@/lib/i18n/recipient-locale";
import { findScopeSubject, type ScopeSubject } from "./find-scope-subject";

// What the confirmation and unsubscribe pages show about a follow: what it is about and how often. Never the
// address: the pages are reached by a link anyone holding the email may open.

export type FollowSummary = {
  id: string;
  state: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";
  frequency: "IMMEDIATE" | "WEEKLY";
  /** The language its emails are in. */
  locale: Locale;
  scope: FollowScope;
  subject: ScopeSubject | null;
};

const SELECT = {
  id: true,
  state: true,
  frequency: true,
  locale: true,
  target: true,
  targetId: true,
  confirmExpiresAt: true,
} as const;

async function summarise(
  row: { id: string; state: FollowSummary["state"]; frequency: FollowSummary["frequency"]; locale: string } & {
    target: keyof typeof SCOPE_OF_TARGET;
    targetId: string;
  },
  locale: Locale,
): Promise<FollowSummary | null> {
  const slug = await followTargetSlug(row.target, row.targetId);
  if (!slug) return null;
  const scope = { kind: SCOPE_OF_TARGET[row.target], slug };
  const subject = await findScopeSubject(scope, locale);
  return {
    id: row.id,
    state: row.state,
    frequency: row.frequency,
    locale: recipientLocale(row.locale),
    scope,
    subject,
  };
}

/** The slug of what a follow is about (null once it is gone). */
export async function followTargetSlug(target: keyof typeof SCOPE_OF_TARGET, id: string): Promise<string | null> {
  const select = { slug: true } as const;
  const row =
    target === "COMMITMENT"
      ? await db.commitment.findUnique({ where: { id }, select })
      : target === "MEMBER"
        ? await db.member.findUnique({ where: { id }, select })
        : await db.theme.findUnique({ where: { id }, select });
  return row?.slug ?? null;
}

/** The follow a confirmation link is for, while it waits for confirmation and the link has not expired. */
export async function findFollowToConfirm(token: unknown, locale: Locale, now = new Date()) {
  if (!isWellFormedToken(token)) return null;
  const row = await db.follow.findUnique({ where: { confirmTokenHash: hashToken(token) }, select: SELECT });
  if (!row || row.state !== "PENDING" || !row.confirmExpiresAt || row.confirmExpiresAt <= now) return null;
  return summarise(row, locale);
}

/** The follow an unsubscribe link names (lib/follows/follow-secrets.ts checks the link), whatever its state. */
export async function findFollowToUnsubscribe(id: string | null, locale: Locale) {
  if (!id) return null;
  const row = await db.follow.findUnique({ where: { id }, select: SELECT });
  return row ? summarise(row, locale) : null;
}
