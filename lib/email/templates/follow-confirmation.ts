import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator, renderEmail, type RenderedEmail } from "./render";

/** Double opt-in: nothing is sent to the address again unless its owner opens this link and confirms. */
export function followConfirmationEmail(
  locale: Locale,
  input: { name: string; frequency: "IMMEDIATE" | "WEEKLY"; link: string; expiresAt: Date },
): RenderedEmail {
  const t = emailTranslator(locale);
  return renderEmail(locale, t("follow.confirmSubject", { name: input.name }), [
    t("follow.confirmBody", { name: input.name }),
    t(`follow.frequency.${input.frequency}`),
    { link: input.link },
    t("follow.confirmExpiry", { expires: input.expiresAt }),
    t("follow.notYou"),
    t("signature"),
  ]);
}
