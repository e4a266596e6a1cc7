// next-intl's getLocale() and useLocale() give one of the six, not any string.
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
