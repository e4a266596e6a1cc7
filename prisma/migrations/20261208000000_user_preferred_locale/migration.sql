-- The language a user reads the site and their emails in: one of the six (lib/i18n/locales.ts), or null (English).
ALTER TABLE "users" ADD COLUMN "preferred_locale" TEXT;
ALTER TABLE "users" ADD CONSTRAINT "users_preferred_locale_check"
  CHECK ("preferred_locale" IN ('en', 'ar', 'es', 'fr', 'ru', 'zh'));
