import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { requestPasswordResetAction } from "@/lib/actions/request-password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, params] = await Promise.all([getTranslations("auth.forgotPassword"), searchParams]);
  // The sign-in page links here with the address typed there, as a convenience; it is only ever a field's value.
  const email = typeof params.email === "string" ? params.email.slice(0, 320) : undefined;
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <ForgotPasswordForm action={requestPasswordResetAction} initialEmail={email} />
    </div>
  );
}
