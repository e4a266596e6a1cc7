import "server-only";
import { findUsableEmailLink } from "@/lib/auth/email-links";

/**
 * The invitation behind a link, if it can still be accepted (what /invitation/[token] shows, and what accepting it
 * re-reads). The link is the credential: no session is asked for.
 */
export async function findOpenInvitation(token: unknown, now = new Date()) {
  const link = await findUsableEmailLink(token, "INVITATION", now);
  if (!link || link.user.role === "SECRETARIAT" || link.user.passwordHash !== null || !link.user.member) return null;
  return { linkId: link.id, expiresAt: link.expiresAt, user: link.user, member: link.user.member };
}
