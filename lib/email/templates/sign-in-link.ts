import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator, renderEmail, type RenderedEmail } from "./render";

export function signInLinkEmail(locale: Locale, input: { name: string; link: string; expiresAt: Date }): RenderedEmail {
  const t = emailTranslator(locale);
  return renderEmail(locale, t("signInLink.subject"), [
    t("signInLink.greeting", { name: input.name }),
    t("signInLink.body"),
    { link: input.link },
    t("signInLink.expiry", { expires: input.expiresAt }),
    t("signInLink.notYou"),
    t("signature"),
  ]);
}
