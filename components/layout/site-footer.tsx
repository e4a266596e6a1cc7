import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-line bg-paper-raised text-sm text-ink-muted">
      <div className="mx-auto max-w-page space-y-1 px-4 py-6 sm:px-6">
        <p>{t("footer.source")}</p>
        <p>{t("footer.secretariat")}</p>
        <nav aria-label={t("footer.label")}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/data">{t("footer.openData")}</Link>
            </li>
            <li>
              <Link href="/api/docs">{t("footer.api")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
