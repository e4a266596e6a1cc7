import { useTranslations } from "next-intl";

/** Marks demonstration data wherever it is shown, so it is never taken for real reporting. */
export function DemoBadge() {
  const t = useTranslations("public.demo");
  return (
    <span className="inline-flex items-center rounded border border-warning bg-warning-light px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-ink">
      {t("badge")}
    </span>
  );
}
