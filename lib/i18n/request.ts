// next-intl's configuration for each request: the locale from the address (app/[locale], set by proxy.ts through
// next-intl's middleware), that language's catalogue (English beneath it: lib/i18n/messages.ts).
import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { defaultLocale, isLocale } from "./locales";
import { messages } from "./messages";
import { DISPLAY_TIME_ZONE } from "./time-zone";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    messages: messages[locale],
    timeZone: DISPLAY_TIME_ZONE,
    // A key missing even from English is a bug the catalogue tests catch: production neither logs it nor shows the
    // key to a reader; development names it.
    onError: (error) => {
      if (env.NODE_ENV !== "production") logger.warn("Message missing", { message: error.message });
    },
    getMessageFallback: ({ namespace, key }) =>
      env.NODE_ENV === "production" ? "" : [namespace, key].filter(Boolean).join("."),
  };
});
