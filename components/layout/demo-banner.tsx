import { getTranslations } from "next-intl/server";

/** Shown on every page while any demonstration row exists, so illustrative data is never taken for real reporting. */
export async function DemoBanner({ show }: { show: boolean }) {
  if (!show) return null;
  const t = await getTranslations("common");
  return (
    <div
      role="note"
      className="border-b border-warning bg-warning-light px-4 py-2 text-center text-sm text-ink no-print"
    >
      <strong className="font-semibold">{t("demoBadge")}: </strong>
      {t("demoBanner")}
    </div>
  );
}
