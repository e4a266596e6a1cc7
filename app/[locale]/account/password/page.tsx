import type { Metadata } from "next";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { changePasswordAction } from "@/lib/actions/change-password";
import { signInPath } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.changePassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ChangePasswordPage() {
  const user = await getSessionUser();
  if (!user) return redirectInLocale(signInPath("/account/password"));
  const t = await getTranslations("auth.changePassword");
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <ChangePasswordForm action={changePasswordAction} email={user.email} />
    </div>
  );
}
