import { getLocale, getTranslations } from "next-intl/server";
import type { TextLanguage } from "@/lib/i18n/localized-text";

/**
 * Says a text is shown in its original language because the visitor's language has no translation of it
 * (docs/decisions/0020-content-translations.md); renders nothing otherwise.
 */
export async function OriginalLanguageNote({ text, className }: { text: TextLanguage; className?: string }) {
  if (!text.shownInOriginal) return null;
  const t = await getTranslations("public.translation");
  const language = new Intl.DisplayNames([await getLocale()], { type: "language" }).of(text.lang) ?? text.lang;
  return (
    <p className={className ?? "text-sm text-ink-muted"} data-testid="original-language-note">
      {t("shownInOriginal", { language })}
    </p>
  );
}
