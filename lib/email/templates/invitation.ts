import { emailTranslator, formatEmailDate, renderEmail, type RenderedEmail } from "./render";

export type InvitationEmailInput = { name: string; memberName: string; link: string; expiresAt: Date };

export function invitationEmail(input: InvitationEmailInput): RenderedEmail {
  const t = emailTranslator();
  return renderEmail(t("invitation.subject", { member: input.memberName }), [
    t("invitation.greeting", { name: input.name }),
    t("invitation.body", { member: input.memberName }),
    t("invitation.action"),
    { link: input.link },
    t("invitation.expiry", { expires: formatEmailDate(input.expiresAt) }),
    t("invitation.notYou"),
    t("signature"),
  ]);
}
