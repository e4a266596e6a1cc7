import "server-only";
import { findUsableEmailLink } from "@/lib/auth/email-links";

/**
 * The account behind an emailed sign-in link, if the link still works (what /sign-in/link/[token] shows, and what
 * signing in with it re-reads). The link is the credential: no session is asked for.
 */
export async function findOpenSignInLink(token: unknown, now = new Date()) {
  const link = await findUsableEmailLink(token, "SIGN_IN_LINK", now);
  if (!link || !link.user.active || link.user.passwordHash === null) return null;
  return { linkId: link.id, expiresAt: link.expiresAt, user: link.user };
}
