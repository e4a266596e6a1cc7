import type { Metadata } from "next";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PreferredLanguageForm } from "@/components/auth/preferred-language-form";
import { changePasswordAction } from "@/lib/actions/change-password";
import { setPreferredLocaleAction } from "@/lib/actions/set-preferred-locale";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getPreferredLocale } from "@/lib/data/account/get-preferred-locale";
import { recipientLocale } from "@/lib/i18n/recipient-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.changePassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ChangePasswordPage() {
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath("/account/password"));
  const t = await getTranslations("auth.changePassword");
  const tLanguage = await getTranslations("auth.language");
  const preferred = recipientLocale(await getPreferredLocale(user.id));
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <ChangePasswordForm action={changePasswordAction} email={user.email} />
      <section aria-labelledby="account-language" className="space-y-3 border-t border-line pt-6">
        <h2 id="account-language" className="text-2xl">
          {tLanguage("heading")}
        </h2>
        <p>{tLanguage("intro")}</p>
        <PreferredLanguageForm action={setPreferredLocaleAction} current={preferred} />
      </section>
    </div>
  );
}
