import { useFormatter, useTranslations } from "next-intl";
import { formatPercent } from "@/lib/i18n/format-percent";

/** Reported % complete as a bar with its value in text; without a reported percentage, says so instead. */
export function ProgressBar({ percent, label }: { percent: number | null; label?: string }) {
  const t = useTranslations("public.progress");
  const format = useFormatter();
  if (percent === null) return <span className="text-sm text-ink-muted">{t("none")}</span>;
  return (
    <span className="flex items-center gap-2">
      <span
        role="progressbar"
        aria-label={label ?? t("label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("value", { percent: formatPercent(format, percent) })}
        className="block h-2.5 w-28 overflow-hidden rounded-full border border-ink-subtle bg-paper-sunken print:border-ink"
      >
        <span className="block h-full bg-brand print:bg-ink" style={{ width: `${percent}%` }} />
      </span>
      <span className="text-sm tabular-nums">{t("value", { percent: formatPercent(format, percent) })}</span>
    </span>
  );
}
