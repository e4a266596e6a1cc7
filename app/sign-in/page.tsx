import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm, type SignInError } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { readCsrfToken } from "@/lib/auth/csrf";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(first(params.callbackUrl), env.APP_URL);
  if (await getSessionUser()) redirect(callbackPath);

  // The form posts to next-auth, which wants its CSRF cookie. A page cannot set cookies, so a browser arriving
  // without one goes once through next-auth's own sign-in entry point, which sets it and sends the browser back
  // here with from=auth (pages.signIn in lib/auth/options.ts). Arriving back still without it means cookies are
  // blocked: say so instead of looping.
  const csrfToken = await readCsrfToken();
  const cameThroughNextAuth = first(params.from) === "auth";
  if (!csrfToken && !cameThroughNextAuth) {
    redirect(`/api/auth/signin?${new URLSearchParams({ callbackUrl: callbackPath })}`);
  }

  const t = await getTranslations("auth.signIn");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <SignInForm
        csrfToken={csrfToken}
        callbackPath={callbackPath}
        initialError={csrfToken ? errorFrom(first(params.error)) : "cookies"}
      />
      <p className="text-sm text-ink-muted">{t("help")}</p>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** next-auth's error codes, reduced to the few the page explains; anything else gets the general message. */
function errorFrom(code: string | undefined): SignInError | null {
  if (!code) return null;
  if (code === "CredentialsSignin" || code === "SessionRequired") return code;
  return "default";
}
