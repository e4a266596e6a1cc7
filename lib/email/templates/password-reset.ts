import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator, renderEmail, type RenderedEmail } from "./render";

export function passwordResetEmail(
  locale: Locale,
  input: { name: string; link: string; expiresAt: Date },
): RenderedEmail {
  const t = emailTranslator(locale);
  return renderEmail(locale, t("passwordReset.subject"), [
    t("passwordReset.greeting", { name: input.name }),
    t("passwordReset.body"),
    { link: input.link },
    t("passwordReset.expiry", { expires: input.expiresAt }),
    t("passwordReset.notYou"),
    t("signature"),
  ]);
}
