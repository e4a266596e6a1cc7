import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportView } from "@/lib/domain/report-snapshot";
import { formatPercent } from "@/lib/i18n/format-percent";

/** The report's headline figures. Each is a number with its label and how it was counted. */
export async function ReportFigures({ view, cycleName }: { view: ReportView; cycleName: string }) {
  const [t, format] = await Promise.all([getTranslations("reporting.report.figures"), getFormatter()]);
  const { headline } = view;
  const percent = (value: number | null) => (value === null ? t("noData") : formatPercent(format, value));
  const figures: { key: string; label: string; value: string; note: string }[] = [
    {
      key: "commitments",
      label: t("commitments"),
      value: format.number(headline.commitments),
      note: t("commitmentsNote"),
    },
    { key: "members", label: t("members"), value: format.number(headline.members), note: t("membersNote") },
    {
      key: "reported",
      label: t("reported"),
      value: percent(headline.reportedPercent),
      note: t("reportedNote", { reported: headline.reported, total: headline.commitments, cycle: cycleName }),
    },
    {
      key: "completed",
      label: t("completed"),
      value: percent(headline.completedPercent),
      note: t("completedNote", { completed: headline.completed, total: headline.commitments }),
    },
    {
      key: "membersReported",
      label: t("membersReported"),
      value: format.number(headline.membersReported),
      note: t("membersReportedNote", { silent: headline.membersSilent, total: headline.members }),
    },
    ...(headline.updatesPublished === null
      ? []
      : [
          {
            key: "updates",
            label: t("updates"),
            value: format.number(headline.updatesPublished),
            note: t("updatesNote"),
          },
        ]),
  ];
  return (
    <section aria-labelledby="figures-heading" className="space-y-3">
      <h2 id="figures-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3">
        {figures.map((figure) => (
          <div
            key={figure.key}
            data-figure={figure.key}
            className="flex flex-col rounded-md border border-line bg-paper-raised p-4 print:break-inside-avoid"
          >
            <dt className="order-2 text-sm font-medium">{figure.label}</dt>
            <dd className="order-1 text-3xl font-semibold tabular-nums">{figure.value}</dd>
            <dd className="order-3 mt-1 text-sm text-ink-muted">{figure.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
