// The "reporting" messages outside a page: in route handlers' plain-text answers, in emails (in the recipient's
// language) and in the reminders script (which runs without Next). Pages use next-intl's getTranslations.
import { createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

export function reportingTranslator(locale: Locale = defaultLocale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "reporting", timeZone: DISPLAY_TIME_ZONE });
}
