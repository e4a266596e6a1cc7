// The "reporting" messages outside a page: in route handlers' plain-text answers, in emails and in the reminders
// script (which runs without Next). Pages use next-intl's getTranslations as everywhere else.
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";

/** English until the catalogue has other languages (lib/i18n/request.ts has the same default). */
const LOCALE = "en";

export function reportingTranslator() {
  return createTranslator({ locale: LOCALE, messages: messages[LOCALE], namespace: "reporting", timeZone: "UTC" });
}
