import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/lib/data/public/get-dashboard-figures";
import { DemoBadge } from "./demo-badge";

function Figure({ label, value, note }: { label: string; value: ReactNode; note: ReactNode }) {
  return (
    <div className="flex flex-col rounded-md border border-line bg-paper-raised p-4">
      <dt className="order-2 text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="order-1 text-3xl font-semibold tabular-nums text-ink">{value}</dd>
      <dd className="order-3 mt-1 text-sm text-ink-muted">{note}</dd>
    </div>
  );
}

export async function HeadlineFigures({ figures }: { figures: DashboardFigures }) {
  const t = await getTranslations("public.figures");
  const format = await getFormatter();
  const percent = (value: number | null) =>
    value === null ? t("noData") : format.number(value / 100, { style: "percent" });
  const { cycle } = figures;
  return (
    <section aria-labelledby="headline-figures">
      <h2 id="headline-figures" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Figure
          label={t("commitments")}
          value={format.number(figures.commitments)}
          note={t("commitmentsNote", { ...figures.byKind, notReported: figures.notReported })}
        />
        <Figure label={t("members")} value={format.number(figures.members)} note={t("membersNote")} />
        <Figure
          label={t("completed")}
          value={percent(figures.completedPercent)}
          note={t("completedNote", { completed: figures.completed, total: figures.pledges })}
        />
        <Figure
          label={t("reported")}
          value={percent(figures.reportedPercent)}
          note={
            cycle && figures.reportedThisCycle !== null ? (
              <>
                {t("reportedNote", {
                  reported: figures.reportedThisCycle,
                  total: figures.pledges,
                  cycle: cycle.name,
                  due: format.dateTime(cycle.dueOn, { dateStyle: "long" }),
                })}{" "}
                {cycle.isDemo && <DemoBadge />}
              </>
            ) : (
              t("noCycle")
            )
          }
        />
        <Figure label={t("updates")} value={format.number(figures.updatesLastYear)} note={t("updatesNote")} />
      </dl>
    </section>
  );
}
