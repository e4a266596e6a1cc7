import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-line bg-paper-raised text-sm text-ink-muted">
      <div className="mx-auto max-w-page space-y-1 px-4 py-6 sm:px-6">
        <p>{t("footer.source")}</p>
        <p>{t("footer.secretariat")}</p>
      </div>
    </footer>
  );
}
