import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { readCsrfToken } from "@/lib/auth/csrf";
import { isSecretariat } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";

/** The account part of the main navigation: who is signed in, their work area, and signing in or out. */
export async function AccountNav() {
  const [t, user] = await Promise.all([getTranslations("common.nav"), getSessionUser()]);
  if (!user) {
    return (
      <li>
        <Link href="/sign-in">{t("signIn")}</Link>
      </li>
    );
  }
  const csrfToken = await readCsrfToken();
  return (
    <>
      <li>
        {isSecretariat(user) ? (
          <Link href="/secretariat">{t("secretariat")}</Link>
        ) : (
          <Link href="/workspace">{t("workspace")}</Link>
        )}
      </li>
      <li className="text-ink-muted">{t("signedInAs", { name: user.name })}</li>
      <li>
        <SignOutButton csrfToken={csrfToken} />
      </li>
    </>
  );
}
