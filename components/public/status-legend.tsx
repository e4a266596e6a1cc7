import { useTranslations } from "next-intl";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { StatusSwatch } from "./status-swatch";

/** The chart's key in HTML: each texture with its label, so colour is never the only signal. */
export function StatusLegend() {
  const t = useTranslations("statuses");
  const tCharts = useTranslations("public.charts");
  return (
    <ul aria-label={tCharts("legend")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {STATUS_CATEGORIES.map((category) => (
        <li key={category} className="inline-flex items-center gap-1.5">
          <StatusSwatch status={category} size={14} />
          {t(statusLabelKey(category))}
        </li>
      ))}
    </ul>
  );
}
