import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/public/data-table";
import { DemoNote } from "@/components/public/demo-note";
import { FreshnessBadge } from "@/components/public/computed-badge";
import { StatusSwatch } from "@/components/public/status-swatch";
import type { Scorecard as ScorecardData } from "@/lib/data/public/get-scorecard";
import { statusLabelKey } from "@/lib/domain/implementation-status";
import { wholePercent } from "@/lib/domain/percent";

type Props = {
  scorecard: ScorecardData;
  /** Whose scorecard, for captions: a member's or a theme's name. */ name: string;
};

/**
 * A member's or theme's scorecard: its commitments by implementation status ("Not reported" always shown) and by
 * reporting freshness, as tables with a one-sentence summary. Bars repeat the numbers; the tables carry them.
 */
export async function Scorecard({ scorecard, name }: Props) {
  const t = await getTranslations("explorer.scorecard");
  const tStatus = await getTranslations("statuses");
  const tCharts = await getTranslations("public.charts");
  const format = await getFormatter();
  const { status, freshness } = scorecard;
  const share = (count: number, total: number) => {
    const value = wholePercent(count, total);
    return value === null ? "–" : format.number(value / 100, { style: "percent" });
  };
  const bar = (count: number, total: number) => (
    <span
      aria-hidden="true"
      className="block h-2 w-full min-w-16 overflow-hidden rounded-full bg-paper-sunken print:hidden"
    >
      <span className="block h-full bg-ink-muted" style={{ width: `${total > 0 ? (count / total) * 100 : 0}%` }} />
    </span>
  );
  const reported = freshness.rows.find((row) => row.state === "REPORTED")?.count ?? 0;
  return (
    <section aria-labelledby="scorecard" className="space-y-6">
      <h2 id="scorecard" className="text-2xl">
        {t("heading")}
      </h2>
      <p className="max-w-3xl">
        {status.total === 0
          ? t("empty")
          : t("summary", {
              total: status.total,
              completed: status.counts.COMPLETED,
              notReported: status.counts.NOT_REPORTED,
            })}
      </p>
      {status.total > 0 && (
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-2 lg:items-start">
          <div className="space-y-2 print:break-inside-avoid">
            <h3 className="text-lg">{t("statusHeading")}</h3>
            {status.includesDemonstrationData && <DemoNote>{tCharts("demoNote")}</DemoNote>}
            <DataTable
              caption={t("statusCaption", { name })}
              rowHeader={t("statusRowHeader")}
              columns={[
                { key: "count", header: t("commitments"), numeric: true },
                { key: "share", header: t("share"), numeric: true },
                { key: "bar", header: <span className="sr-only">{t("barHeader")}</span> },
              ]}
              rows={status.rows.map((row) => ({
                key: row.category,
                header: (
                  <span className="inline-flex items-center gap-2">
                    <StatusSwatch status={row.category} />
                    {tStatus(statusLabelKey(row.category))}
                  </span>
                ),
                cells: [format.number(row.count), share(row.count, status.total), bar(row.count, status.total)],
              }))}
              footer={{
                key: "total",
                header: t("total"),
                cells: [format.number(status.total), share(status.total, status.total), null],
              }}
            />
          </div>
          <div className="space-y-2 print:break-inside-avoid">
            <h3 className="text-lg">{t("freshnessHeading")}</h3>
            {freshness.cycle ? (
              <>
                {freshness.includesDemonstrationData && <DemoNote>{tCharts("demoNote")}</DemoNote>}
                <p className="text-sm text-ink-muted">
                  {t("freshnessSummary", {
                    reported,
                    total: freshness.total,
                    cycle: freshness.cycle.name,
                    due: format.dateTime(freshness.cycle.dueOn, { dateStyle: "long" }),
                  })}
                </p>
                <DataTable
                  caption={t("freshnessCaption", { name, cycle: freshness.cycle.name })}
                  rowHeader={t("freshnessRowHeader")}
                  columns={[
                    { key: "count", header: t("commitments"), numeric: true },
                    { key: "share", header: t("share"), numeric: true },
                  ]}
                  rows={freshness.rows.map((row) => ({
                    key: row.state,
                    header: <FreshnessBadge state={row.state} />,
                    cells: [format.number(row.count), share(row.count, freshness.total)],
                  }))}
                />
              </>
            ) : (
              <p>{t("noCycle")}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
