import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";

export type AccountNavUser = { name: string; isSecretariat: boolean };

/** The account part of the main navigation: who is signed in, their work area, and signing in or out. */
export async function AccountNav({ user, csrfToken }: { user: AccountNavUser | null; csrfToken: string | null }) {
  const t = await getTranslations("common.nav");
  if (!user) {
    return (
      <li>
        <Link href="/sign-in">{t("signIn")}</Link>
      </li>
    );
  }
  return (
    <>
      <li>
        {user.isSecretariat ? (
          <Link href="/secretariat">{t("secretariat")}</Link>
        ) : (
          <Link href="/workspace">{t("workspace")}</Link>
        )}
      </li>
      <li className="text-ink-muted">{t("signedInAs", { name: user.name })}</li>
      <li>
        <Link href="/account/password">{t("account")}</Link>
      </li>
      <li>
        <SignOutButton csrfToken={csrfToken} />
      </li>
    </>
  );
}
