"use client";
// Signing out posts to next-auth's sign-out endpoint. Without JavaScript the form does that itself (with the CSRF
// token read from this browser's cookie, or through next-auth's confirmation page when there is none); with
// JavaScript, next-auth's client fetches a fresh token first.
import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

export function SignOutButton({ csrfToken }: { csrfToken: string | null }) {
  const t = useTranslations("common.nav");
  const locale = useLocale();
  // Signed out, the visitor lands on the home page in the language they were reading.
  const home = localizedPath(isLocale(locale) ? locale : defaultLocale, "/");
  return (
    <form
      method="post"
      action="/api/auth/signout"
      onSubmit={(event) => {
        event.preventDefault();
        void signOut({ callbackUrl: home });
      }}
    >
      {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
      <input type="hidden" name="callbackUrl" value={home} />
      <button type="submit" className="text-brand underline-offset-2 hover:underline">
        {t("signOut")}
      </button>
    </form>
  );
}
