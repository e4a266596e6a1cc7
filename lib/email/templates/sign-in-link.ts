import { emailTranslator, formatEmailDate, renderEmail, type RenderedEmail } from "./render";

export function signInLinkEmail(input: { name: string; link: string; expiresAt: Date }): RenderedEmail {
  const t = emailTranslator();
  return renderEmail(t("signInLink.subject"), [
    t("signInLink.greeting", { name: input.name }),
    t("signInLink.body"),
    { link: input.link },
    t("signInLink.expiry", { expires: formatEmailDate(input.expiresAt) }),
    t("signInLink.notYou"),
    t("signature"),
  ]);
}
