// The secretariat invites someone to be a focal point of a member: a user without a password (inactive until they
// accept), a single-use link that expires in a week, an audit row, then the email. Re-inviting the same address
// (the "resend" button) replaces the link and may correct the name or member. An address that already has a
// password, or belongs to the secretariat, is refused: those people use "Forgot password", and deactivated
// accounts are reactivated on the focal point register, not by email. The same flow invites a reviewer of an
// accredited civil-society organisation (role REVIEWER, docs/decisions/0022-independent-assessments.md): the
// organisation must be accredited now.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { writeAudit } from "@/lib/audit";
import { issueEmailLink } from "@/lib/auth/email-links";
import type { SessionUser } from "@/lib/auth/session-user";
import { sendEmail } from "@/lib/email/send-email";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/validation/field-errors";
import { inviteFocalPointSchema, type InviteField } from "@/lib/validation/invite-focal-point";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { recipientLocale, recipientUrl } from "@/lib/i18n/recipient-locale";
import { isAccredited } from "@/lib/auth/policy";

export type InviteFocalPointResult =
  | { ok: true; userId: string; email: string; memberName: string; expiresAt: Date; emailSent: boolean }
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors<InviteField> }
  | { ok: false; error: "account_exists" };

export async function inviteFocalPoint(
  actor: SessionUser | null,
  input: unknown,
  now = new Date(),
): Promise<InviteFocalPointResult> {
  const email = (input as { email?: unknown } | null)?.email;
  const secretariat = await authorizeSecretariat(actor, {
    attempted: "focal_point.invite",
    entityType: "user",
    entityId: typeof email === "string" ? email.slice(0, 320) : "unknown",
  });
  const parsed = inviteFocalPointSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsFrom(parsed.error) };
  const { email: address, name, memberId, locale, role } = parsed.data;
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { id: true, name: true, accreditedAt: true, accreditationWithdrawnAt: true },
  });
  if (!member) return { ok: false, error: "invalid", fieldErrors: { memberId: ["member_required"] } };
  if (role === "REVIEWER" && !isAccredited(member))
    return { ok: false, error: "invalid", fieldErrors: { memberId: ["member_not_accredited"] } };

  const result = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: address },
      select: { id: true, name: true, role: true, memberId: true, passwordHash: true, preferredLocale: true },
    });
    if (existing && (existing.passwordHash !== null || existing.role !== role)) return null;
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { name, memberId, active: false, ...(locale ? { preferredLocale: locale } : {}) },
          select: { id: true, preferredLocale: true },
        })
      : await tx.user.create({
          data: {
            email: address,
            name,
            role,
            memberId,
            active: false,
            passwordHash: null,
            preferredLocale: locale ?? null,
          },
          select: { id: true, preferredLocale: true },
        });
    const link = await issueEmailLink(tx, { userId: user.id, purpose: "INVITATION", createdById: secretariat.id, now });
    await writeAudit(tx, secretariat, {
      action: `${role === "REVIEWER" ? "reviewer" : "focal_point"}.${existing ? "reinvite" : "invite"}`,
      entityType: "user",
      entityId: user.id,
      memberId,
      before: existing ? { name: existing.name, memberId: existing.memberId } : undefined,
      after: {
        email: address,
        name,
        role,
        memberId,
        preferredLocale: user.preferredLocale,
        invitationExpiresAt: link.expiresAt,
      },
    });
    return { userId: user.id, link, locale: recipientLocale(user.preferredLocale) };
  });
  if (!result) return { ok: false, error: "account_exists" };

  const message = invitationEmail(result.locale, {
    name,
    memberName: member.name,
    link: recipientUrl(env.APP_URL, result.locale, `/invitation/${result.link.token}`),
    expiresAt: result.link.expiresAt,
    reviewer: role === "REVIEWER",
  });
  const sent = await sendEmail({
    kind: "INVITATION",
    to: address,
    ...message,
    userId: result.userId,
    memberId,
    dedupeKey: `auth-token:${result.link.id}`,
  });
  return {
    ok: true,
    userId: result.userId,
    email: address,
    memberName: member.name,
    expiresAt: result.link.expiresAt,
    emailSent: sent.status === "SENT",
  };
}
