import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { hasDemonstrationData } from "@/lib/data/has-demonstration-data";

/** Shown on every page while any demonstration row exists, so illustrative data is never taken for real reporting. */
export async function DemoBanner() {
  await connection();
  if (!(await hasDemonstrationData())) return null;
  const t = await getTranslations("common");
  return (
    <div role="note" className="border-b border-warning bg-warning-light px-4 py-2 text-center text-sm text-ink no-print">
      <strong className="font-semibold">{t("demoBadge")}: </strong>
      {t("demoBanner")}
    </div>
  );
}
