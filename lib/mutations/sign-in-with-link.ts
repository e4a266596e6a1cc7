// Signing in with the link emailed when the sign-in limits refused a right password from a browser the account did
// not know (lib/auth/sign-in-links.ts, docs/decisions/0017-sign-in-under-attack.md). The link is the second proof:
// unused, unexpired, for an active account. Using it starts a session and, like a password sign-in, ends the
// account's count of failures from untrusted clients (lib/auth/sign-in-limits.ts counts from the last link used).
// Claiming it is a conditional update in the same transaction as the session and the audit row, so of two racing
// clicks exactly one signs in.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { actorFor } from "@/lib/auth/actor";
import { claimEmailLink } from "@/lib/auth/email-links";
import { createUserSession, type StartedSession } from "@/lib/auth/user-sessions";
import { findOpenSignInLink } from "@/lib/data/account/find-open-sign-in-link";

export type SignInWithLinkResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number }; session: StartedSession }
  | { ok: false; error: "invalid_link" };

type Client = { ip: string; userAgent?: string | null; now?: Date };

export async function signInWithLink(
  token: unknown,
  { ip, userAgent, now = new Date() }: Client,
): Promise<SignInWithLinkResult> {
  const link = await findOpenSignInLink(token, now);
  if (!link) return { ok: false, error: "invalid_link" };
  const { user } = link;

  const session = await db.$transaction(async (tx) => {
    if (!(await claimEmailLink(tx, link.linkId, now))) return null;
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const started = await createUserSession({ userId: user.id, ip, userAgent, now }, tx);
    await writeAudit(tx, actorFor(user), {
      action: "auth.sign_in_by_link",
      entityType: "user",
      entityId: user.id,
      memberId: user.memberId,
      after: { sessionId: started.id },
    });
    return started;
  });
  if (!session) return { ok: false, error: "invalid_link" };
  const { id, email, name, sessionVersion } = user;
  return { ok: true, user: { id, email, name, sessionVersion }, session };
}
