import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator, renderEmail, type RenderedEmail } from "./render";

export type InvitationEmailInput = {
  name: string;
  memberName: string;
  link: string;
  expiresAt: Date;
  /** A reviewer of an accredited civil-society organisation, not a focal point (decision 0022). */
  reviewer?: boolean;
};

export function invitationEmail(locale: Locale, input: InvitationEmailInput): RenderedEmail {
  const t = emailTranslator(locale);
  return renderEmail(locale, t("invitation.subject", { member: input.memberName }), [
    t("invitation.greeting", { name: input.name }),
    t(input.reviewer ? "invitation.bodyReviewer" : "invitation.body", { member: input.memberName }),
    t("invitation.action"),
    { link: input.link },
    t("invitation.expiry", { expires: input.expiresAt }),
    t("invitation.notYou"),
    t("signature"),
  ]);
}
