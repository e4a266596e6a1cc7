// "Forgot password": whoever asks, and whatever address they give, gets the same answer. Only an active account with
// a password is sent a link (valid for an hour, single use). Requests are counted in the database, per address
// asked about and per client address, so nobody can flood a person's inbox or use the form to spam: over the
// limit, the answer is still the same and nothing is sent.
//
// Sending is handed to `deliver`, which the server action sets to Next's after(): the SMTP exchange then happens
// once the response has left, so the response time does not reveal whether an email was sent.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit";
import { ANONYMOUS_ACTOR } from "@/lib/auth/actor";
import { issueEmailLink } from "@/lib/auth/email-links";
import { isOverPasswordResetLimit } from "@/lib/auth/password-reset-limits";
import { sendEmail } from "@/lib/email/send-email";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import { requestPasswordResetSchema } from "@/lib/validation/request-password-reset";
import { recipientLocale, recipientUrl } from "@/lib/i18n/recipient-locale";

export type RequestPasswordResetResult = { ok: true; email: string } | { ok: false; error: "invalid_email" };

type Options = { ip: string; now?: Date; deliver?: (send: () => Promise<unknown>) => void | Promise<void> };

export async function requestPasswordReset(
  input: unknown,
  { ip, now = new Date(), deliver }: Options,
): Promise<RequestPasswordResetResult> {
  const parsed = requestPasswordResetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid_email" };
  const { email } = parsed.data;
  const answer: RequestPasswordResetResult = { ok: true, email };

  if (await isOverPasswordResetLimit(email, ip, now)) return answer;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, active: true, passwordHash: true, memberId: true, preferredLocale: true },
  });
  if (!user || !user.active || user.passwordHash === null) return answer;

  const link = await db.$transaction(async (tx) => {
    const issued = await issueEmailLink(tx, { userId: user.id, purpose: "PASSWORD_RESET", now });
    await writeAudit(tx, ANONYMOUS_ACTOR, {
      action: "auth.password_reset_requested",
      entityType: "user",
      entityId: user.id,
      memberId: user.memberId,
      after: { expiresAt: issued.expiresAt },
    });
    return issued;
  });
  const locale = recipientLocale(user.preferredLocale);
  const message = passwordResetEmail(locale, {
    name: user.name,
    link: recipientUrl(env.APP_URL, locale, `/reset-password/${link.token}`),
    expiresAt: link.expiresAt,
  });
  const send = () =>
    sendEmail({
      kind: "PASSWORD_RESET",
      to: email,
      ...message,
      userId: user.id,
      memberId: user.memberId,
      dedupeKey: `auth-token:${link.id}`,
    });
  if (deliver) await deliver(send);
  else await send();
  return answer;
}
