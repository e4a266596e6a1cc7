import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusByThemeChart } from "@/components/charts/status-by-theme-chart";
import { filtersToQuery, type CommitmentFilters } from "@/lib/data/public/commitment-filters";
import type { StatusByThemeRow } from "@/lib/data/public/get-status-by-theme";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { summarizeByGroup } from "@/lib/domain/status-summary";
import { ChartFrame } from "./chart-frame";
import { DataTable } from "./data-table";
import { nameList } from "./name-list";
import { StatusLegend } from "./status-legend";

type Props = { rows: StatusByThemeRow[]; filters: CommitmentFilters };

export async function StatusByThemeSection({ rows, filters }: Props) {
  const t = await getTranslations("public.charts");
  const tStatus = await getTranslations("statuses");
  const format = await getFormatter();
  const names = (items: string[]) => nameList(format, items, (count) => t("more", { count }));
  const label = (row: StatusByThemeRow) => row.name ?? t("byTheme.none");
  const summary = summarizeByGroup(rows.map((row) => ({ label: label(row), counts: row.counts, total: row.total })));
  const columns = [
    ...STATUS_CATEGORIES.map((category) => ({ key: category, header: tStatus(statusLabelKey(category)), numeric: true })),
    { key: "total", header: t("total"), numeric: true },
  ];
  // One 40px band per bar plus the axis: fixed before the chart draws, so nothing moves.
  const chartHeight = 48 + rows.length * 40;
  return (
    <section aria-labelledby="status-by-theme" className="space-y-3">
      <h2 id="status-by-theme" className="text-xl">
        {t("byTheme.heading")}
      </h2>
      {!summary.largest ? (
        <p>{t("byTheme.empty")}</p>
      ) : (
        <>
          <p>
            {t("byTheme.summary", {
              groups: summary.groups,
              largest: names(summary.largest.items),
              largestCount: summary.largest.count,
              tied: summary.largest.items.length > 1 ? "yes" : "no",
              silence: summary.mostSilent
                ? t("byTheme.silence", {
                    silent: names(summary.mostSilent.items),
                    silentCount: summary.mostSilent.count,
                    tied: summary.mostSilent.items.length > 1 ? "yes" : "no",
                  })
                : t("byTheme.allReported"),
            })}
          </p>
          <ChartFrame height={chartHeight} legend={<StatusLegend />}>
            <StatusByThemeChart rows={rows} height={chartHeight} />
          </ChartFrame>
          <DataTable
            caption={t("byTheme.caption")}
            rowHeader={t("byTheme.rowHeader")}
            columns={columns}
            rows={rows.map((row) => ({
              key: row.slug ?? "none",
              header: row.slug ? (
                <Link href={{ pathname: "/commitments", query: filtersToQuery({ ...filters, theme: row.slug }) }}>
                  {row.name}
                </Link>
              ) : (
                label(row)
              ),
              cells: [...STATUS_CATEGORIES.map((category) => row.counts[category]), row.total].map((n) => format.number(n)),
            }))}
          />
          <p className="text-sm text-ink-muted">{t("byTheme.note")}</p>
        </>
      )}
    </section>
  );
}
