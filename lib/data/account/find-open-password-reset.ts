import "server-only";
import { findUsableEmailLink } from "@/lib/auth/email-links";

/**
 * The account behind a reset link, if the link still works (what /reset-password/[token] shows, and what resetting
 * re-reads). The link is the credential: no session is asked for.
 */
export async function findOpenPasswordReset(token: unknown, now = new Date()) {
  const link = await findUsableEmailLink(token, "PASSWORD_RESET", now);
  if (!link || !link.user.active || link.user.passwordHash === null) return null;
  return { linkId: link.id, expiresAt: link.expiresAt, user: link.user };
}
