import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvalidLinkNotice } from "@/components/auth/invalid-link-notice";
import { SignInLinkForm } from "@/components/auth/sign-in-link-form";
import { signInWithLinkAction } from "@/lib/actions/sign-in-with-link";
import { findOpenSignInLink } from "@/lib/data/account/find-open-sign-in-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signInLink");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([findOpenSignInLink(token), getTranslations("auth.signInLink")]);
  if (!link) {
    return (
      <InvalidLinkNotice
        title={t("invalidTitle")}
        body={t("invalidBody")}
        action={{ href: "/sign-in", label: t("signInAgain") }}
      />
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro", { email: link.user.email })}</p>
      <SignInLinkForm
        action={signInWithLinkAction}
        token={token}
        labels={{
          submit: t("submit"),
          submitting: t("submitting"),
          invalidTitle: t("invalidTitle"),
          invalidBody: t("invalidBody"),
        }}
      />
    </div>
  );
}
