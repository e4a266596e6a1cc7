import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { AccountNav, type AccountNavUser } from "@/components/layout/account-nav";

export async function SiteHeader({ user, csrfToken }: { user: AccountNavUser | null; csrfToken: string | null }) {
  const [t, tLanguage] = await Promise.all([getTranslations("common"), getTranslations("language.switcher")]);
  return (
    <header className="border-b border-line bg-paper no-print">
      <div className="mx-auto flex max-w-page justify-end px-4 pt-2 sm:px-6">
        <LanguageSwitcher label={tLanguage("label")} />
      </div>
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-ink no-underline">
          {t("appName")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap items-center gap-4 text-sm">
            <li>
              <Link href="/">{t("nav.dashboard")}</Link>
            </li>
            <li>
              <Link href="/commitments">{t("nav.commitments")}</Link>
            </li>
            <li>
              <Link href="/members">{t("nav.members")}</Link>
            </li>
            <li>
              <Link href="/themes">{t("nav.themes")}</Link>
            </li>
            <AccountNav user={user} csrfToken={csrfToken} />
          </ul>
        </nav>
      </div>
    </header>
  );
}
