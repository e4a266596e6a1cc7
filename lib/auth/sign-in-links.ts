// The second proof for a browser the account does not know, while the sign-in limits refuse it
// (docs/decisions/0017-sign-in-under-attack.md): the limits that strangers can fill (per client address, which is
// every client when TRUSTED_PROXY_HOPS=0, and the account's lock against untrusted clients) would otherwise keep the
// owner out of any new device for as long as an attack goes on.
//
// Under such a lock the password is still checked, with the same argon2 work whatever the answer, and the answer is
// always the same ("if the email and password are right, a link is on its way"): it tells an attacker nothing, and
// a guess under a lock signs nobody in. Only for the right password of an active account is a link emailed: single
// use, 15 minutes, stored as a hash (./email-links.ts), for the account's owner to open. Issuing and sending are
// handed to `deliver` (Next's after() in lib/auth/options.ts), so the response time does not say whether a link went
// out. At most SIGN_IN_LINK_LIMIT links per account in 15 minutes, counted like password-reset requests in
// sign_in_attempts (prefixed address): someone who knows the password cannot turn this into a mail cannon.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send-email";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";
import { ANONYMOUS_ACTOR } from "./actor";
import { verifyCredentials, type VerifiedUser } from "./authenticate";
import { issueEmailLink } from "./email-links";
import { recipientLocale, recipientUrl } from "@/lib/i18n/recipient-locale";

export const SIGN_IN_LINK_PREFIX = "sign-in-link:";
export const SIGN_IN_LINK_LIMIT = 3;
const SIGN_IN_LINK_WINDOW_MS = 15 * 60 * 1000;

export type Deliver = (task: () => Promise<unknown>) => void | Promise<void>;

/** Checks the password; if it is right, emails the account a sign-in link (through `deliver`, or now). */
export async function offerSignInLink(
  credentials: unknown,
  { ip, now = new Date(), deliver }: { ip: string; now?: Date; deliver?: Deliver },
): Promise<void> {
  const user = await verifyCredentials(credentials);
  if (!user) return;
  const task = () => sendSignInLink(user, ip, now);
  if (deliver) await deliver(task);
  else await task();
}

async function sendSignInLink(user: VerifiedUser, ip: string, now: Date): Promise<void> {
  if (await isOverSignInLinkLimit(user.email, ip, now)) return;
  const link = await db.$transaction(async (tx) => {
    const issued = await issueEmailLink(tx, { userId: user.id, purpose: "SIGN_IN_LINK", now });
    await writeAudit(tx, ANONYMOUS_ACTOR, {
      action: "auth.sign_in_link_sent",
      entityType: "user",
      entityId: user.id,
      memberId: user.memberId,
      after: { expiresAt: issued.expiresAt, ip },
    });
    return issued;
  });
  const account = await db.user.findUnique({ where: { id: user.id }, select: { preferredLocale: true } });
  const locale = recipientLocale(account?.preferredLocale ?? null);
  const message = signInLinkEmail(locale, {
    name: user.name,
    link: recipientUrl(env.APP_URL, locale, `/sign-in/link/${link.token}`),
    expiresAt: link.expiresAt,
  });
  await sendEmail({
    kind: "SIGN_IN_LINK",
    to: user.email,
    ...message,
    userId: user.id,
    memberId: user.memberId,
    dedupeKey: `auth-token:${link.id}`,
  });
}

/** Records the link about to be sent, then says whether the account is over its limit (the count includes it). */
async function isOverSignInLinkLimit(email: string, ip: string, now: Date): Promise<boolean> {
  const key = `${SIGN_IN_LINK_PREFIX}${email}`;
  await db.signInAttempt.create({ data: { email: key, ip, succeeded: false, createdAt: now } });
  const since = new Date(now.getTime() - SIGN_IN_LINK_WINDOW_MS);
  return (await db.signInAttempt.count({ where: { email: key, createdAt: { gt: since } } })) > SIGN_IN_LINK_LIMIT;
}
