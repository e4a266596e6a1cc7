import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getLocale, getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { landingAfterSignIn, safeCallbackPath } from "@/lib/auth/callback-url";
import { readCsrfToken } from "@/lib/auth/csrf";
import { getSessionUser } from "@/lib/auth/session";
import { parseSignInError } from "@/lib/auth/sign-in-errors";
import { env } from "@/lib/env";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES = ["password-reset"] as const;
type NoticeKey = (typeof NOTICES)[number];

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl), env.APP_URL);
  if (await getSessionUser()) return redirectInLocale(callbackPath);

  // The form posts to next-auth, which wants its CSRF cookie. A page cannot set cookies, so a browser arriving
  // without one goes once through /sign-in/prepare, which sets it and sends the browser back here with the same
  // query and from=auth (next-auth's own redirects to this page carry from=auth too: pages.signIn in
  // lib/auth/options.ts). Arriving back still without it means cookies are blocked: say so instead of looping.
  const csrfToken = await readCsrfToken();
  if (!csrfToken && first(params.from) !== "auth") {
    const query = new URLSearchParams();
    for (const name of ["callbackUrl", "notice", "email", "error"]) {
      const value = first(params[name]);
      if (value) query.set(name, value);
    }
    return redirectInLocale(`/sign-in/prepare?${query}`);
  }

  const [t, locale] = await Promise.all([getTranslations("auth.signIn"), getLocale()]);
  const notice = NOTICES.find((key): key is NoticeKey => key === first(params.notice));
  // Only ever a field's value: a link may prefill the address (after a password reset), never anything else.
  const email = first(params.email)?.slice(0, 320) ?? "";
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ConfirmationNotice message={notice ? t(`notices.${notice}`) : null} />
      <SignInForm
        csrfToken={csrfToken}
        callbackPath={landingAfterSignIn(localizedPath(isLocale(locale) ? locale : defaultLocale, callbackPath))}
        initialEmail={email}
        initialError={csrfToken ? parseSignInError(first(params.error)) : { kind: "cookies" }}
      />
      <p>
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      <p className="text-sm text-ink-muted">{t("help")}</p>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
