import { getFormatter, getTranslations } from "next-intl/server";
import { StatusOverallChart } from "@/components/charts/status-overall-chart";
import type { StatusOverall } from "@/lib/data/public/get-status-overall";
import { statusLabelKey } from "@/lib/domain/implementation-status";
import { wholePercent } from "@/lib/domain/percent";
import { summarizeStatusCounts } from "@/lib/domain/status-summary";
import { ChartFrame } from "./chart-frame";
import { DataTable } from "./data-table";
import { nameList } from "./name-list";
import { StatusSwatch } from "./status-swatch";

export async function StatusOverallSection({ overall }: { overall: StatusOverall }) {
  const t = await getTranslations("public.charts");
  const tStatus = await getTranslations("statuses");
  const format = await getFormatter();
  const summary = summarizeStatusCounts(overall.counts);
  const percent = (count: number) => {
    const value = wholePercent(count, overall.total);
    return value === null ? "–" : format.number(value / 100, { style: "percent" });
  };
  // One 40px band per bar plus the axis: fixed before the chart draws, so nothing moves.
  const chartHeight = 48 + overall.rows.length * 40;
  return (
    <section aria-labelledby="status-overall" className="space-y-3">
      <h2 id="status-overall" className="text-xl">
        {t("overall.heading")}
      </h2>
      {!summary.largest ? (
        <p>{t("overall.empty")}</p>
      ) : (
        <>
          <p>
            {t("overall.summary", {
              total: summary.total,
              completed: summary.completed,
              notReported: summary.notReported,
              largest: nameList(
                format,
                summary.largest.items.map((category) => tStatus(statusLabelKey(category))),
                (count) => t("more", { count }),
              ),
              largestCount: summary.largest.count,
              tied: summary.largest.items.length > 1 ? "yes" : "no",
            })}
          </p>
          <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
            <ChartFrame height={chartHeight}>
              <StatusOverallChart rows={overall.rows} height={chartHeight} />
            </ChartFrame>
            <DataTable
              caption={t("overall.caption")}
              rowHeader={t("overall.rowHeader")}
              columns={[
                { key: "count", header: t("overall.count"), numeric: true },
                { key: "share", header: t("overall.share"), numeric: true },
              ]}
              rows={overall.rows.map((row) => ({
                key: row.category,
                header: (
                  <span className="inline-flex items-center gap-2">
                    <StatusSwatch status={row.category} />
                    {tStatus(statusLabelKey(row.category))}
                  </span>
                ),
                cells: [format.number(row.count), percent(row.count)],
              }))}
              footer={{ key: "total", header: t("total"), cells: [format.number(overall.total), percent(overall.total)] }}
            />
          </div>
        </>
      )}
    </section>
  );
}
