import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvalidLinkNotice } from "@/components/auth/invalid-link-notice";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { resetPasswordAction } from "@/lib/actions/reset-password";
import { findOpenPasswordReset } from "@/lib/data/account/find-open-password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [reset, t, tPassword] = await Promise.all([
    findOpenPasswordReset(token),
    getTranslations("auth.resetPassword"),
    getTranslations("auth.password"),
  ]);
  if (!reset) {
    return (
      <InvalidLinkNotice
        title={t("invalidTitle")}
        body={tPassword("invalidResetLinkBody")}
        action={{ href: "/forgot-password", label: tPassword("requestNewLink") }}
      />
    );
  }
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro", { email: reset.user.email })}</p>
      </header>
      <SetPasswordForm
        action={resetPasswordAction}
        token={token}
        email={reset.user.email}
        submitLabel={t("submit")}
        submittingLabel={t("submitting")}
        invalidLinkMessage={tPassword("invalidResetLinkBody")}
      />
    </div>
  );
}
