import { emailTranslator, formatEmailDate, renderEmail, type RenderedEmail } from "./render";

export function passwordResetEmail(input: { name: string; link: string; expiresAt: Date }): RenderedEmail {
  const t = emailTranslator();
  return renderEmail(t("passwordReset.subject"), [
    t("passwordReset.greeting", { name: input.name }),
    t("passwordReset.body"),
    { link: input.link },
    t("passwordReset.expiry", { expires: formatEmailDate(input.expiresAt) }),
    t("passwordReset.notYou"),
    t("signature"),
  ]);
}
