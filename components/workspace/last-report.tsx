// The member's last published report, shown next to the update form for reference: the form repeats its facts, the
// person writes what happened since.
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/public/status-badge";
import { isStatusCategory } from "@/lib/domain/implementation-status";
import type { ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";
import { formatPercent } from "@/lib/i18n/format-percent";

export async function LastReport({
  report,
}: {
  report: { publishedAt: Date | null; values: ProgressUpdateFormValues } | null;
}) {
  const [t, tHistory, format] = await Promise.all([
    getTranslations("workspace.update.lastReport"),
    getTranslations("workspace.history"),
    getFormatter(),
  ]);
  if (!report) return <p className="text-sm text-ink-muted">{t("none")}</p>;
  const { values } = report;
  return (
    <details className="rounded border border-line bg-paper-raised p-4">
      <summary className="cursor-pointer font-semibold">
        {t("title", { date: report.publishedAt ? format.dateTime(report.publishedAt, { dateStyle: "long" }) : "—" })}
      </summary>
      <div className="mt-3 space-y-2 text-sm">
        {isStatusCategory(values.status) ? <StatusBadge status={values.status} /> : null}
        <p>
          {tHistory("percent")}:{" "}
          {values.percentComplete === ""
            ? tHistory("noPercent")
            : formatPercent(format, Number(values.percentComplete))}
        </p>
        <p className="whitespace-pre-line" lang={values.language || undefined}>
          {values.narrative}
        </p>
      </div>
    </details>
  );
}
