// "Follow by email", asked by anyone (no account): a confirmation link goes to the address, and nothing else is
// ever sent to it unless its owner confirms (double opt-in). The answer is the same whether or not the address
// already follows this: an address that does is sent nothing new (no enumeration, and no way to flood it). Over a
// rate limit the answer says so and nothing is sent (lib/follows/follow-limits.ts). The address never reaches the
// audit log or email_log: both name the follow by its id.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit";
import { ANONYMOUS_ACTOR } from "@/lib/auth/actor";
import { generateToken } from "@/lib/auth/email-link-token";
import { findScopeSubject } from "@/lib/data/public/find-scope-subject";
import { sendEmail } from "@/lib/email/send-email";
import { followConfirmationEmail } from "@/lib/email/templates/follow-confirmation";
import { followLimitReached, type FollowLimit } from "@/lib/follows/follow-limits";
import { hashClientAddress, hashFollowAddress } from "@/lib/follows/follow-secrets";
import { TARGET_OF_SCOPE } from "@/lib/domain/follow-target";
import { recipientUrl } from "@/lib/i18n/recipient-locale";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/validation/field-errors";
import { requestFollowSchema } from "@/lib/validation/follow";

/** A week: people read their email late, and a link they never open costs nothing. */
const CONFIRMATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type RequestFollowResult =
  | { ok: true; email: string }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not_found" }
  | { ok: false; error: "limited"; limit: Exclude<FollowLimit, null> };

type Options = { ip: string; now?: Date; deliver?: (send: () => Promise<unknown>) => void | Promise<void> };

export async function requestFollow(
  input: unknown,
  { ip, now = new Date(), deliver }: Options,
): Promise<RequestFollowResult> {
  const parsed = requestFollowSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { email, target, slug, frequency, locale } = parsed.data;
  const subject = await findScopeSubject({ kind: target, slug }, locale);
  if (!subject) return { ok: false, error: "not_found" };

  const emailHash = hashFollowAddress(email);
  const limit = await followLimitReached(emailHash, hashClientAddress(ip), now);
  if (limit) return { ok: false, error: "limited", limit };
  const answer: RequestFollowResult = { ok: true, email };

  const key = { emailHash, target: TARGET_OF_SCOPE[target], targetId: subject.id };
  const existing = await db.follow.findUnique({ where: { emailHash_target_targetId: key }, select: { state: true } });
  if (existing?.state === "CONFIRMED") return answer;

  const { token, tokenHash } = generateToken();
  const expiresAt = new Date(now.getTime() + CONFIRMATION_LIFETIME_MS);
  const pending = { email, locale, frequency, confirmTokenHash: tokenHash, confirmExpiresAt: expiresAt };
  const follow = await db.$transaction(async (tx) => {
    const row = await tx.follow.upsert({
      where: { emailHash_target_targetId: key },
      create: { ...key, ...pending, createdAt: now },
      update: { ...pending, state: "PENDING", unsubscribedAt: null },
      select: { id: true },
    });
    await writeAudit(tx, ANONYMOUS_ACTOR, {
      action: "follow.requested",
      entityType: "follow",
      entityId: row.id,
      after: { target: key.target, targetId: key.targetId, frequency, locale },
    });
    return row;
  });
  const message = followConfirmationEmail(locale, {
    name: subject.name,
    frequency,
    link: recipientUrl(env.APP_URL, locale, `/follow/${token}`),
    expiresAt,
  });
  const send = () =>
    sendEmail({
      kind: "FOLLOW_CONFIRMATION",
      to: email,
      logAddress: `follow:${follow.id}`,
      ...message,
      dedupeKey: `follow-confirmation:${tokenHash}`,
    });
  if (deliver) await deliver(send);
  else await send();
  return answer;
}
