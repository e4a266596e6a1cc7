import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardFigures } from "@/lib/data/public/get-dashboard-figures";
import { DemoBadge } from "./demo-badge";
import { DemoNote } from "./demo-note";

type FigureProps = { label: string; value: ReactNode; note: ReactNode; demo: boolean };

/** One tile; one computed from demonstration data carries the badge, so a screenshot of it carries the flag too. */
function Figure({ label, value, note, demo }: FigureProps) {
  return (
    <div data-demo={demo} className="flex flex-col rounded-md border border-line bg-paper-raised p-4">
      <dt className="order-2 text-sm font-medium text-ink-muted">{label}</dt>
      <dd className="order-1 text-3xl font-semibold tabular-nums text-ink">{value}</dd>
      <dd className="order-3 mt-1 text-sm text-ink-muted">{note}</dd>
      {demo && (
        <dd className="order-4 mt-2">
          <DemoBadge />
        </dd>
      )}
    </div>
  );
}

export async function HeadlineFigures({ figures }: { figures: DashboardFigures }) {
  const t = await getTranslations("public.figures");
  const format = await getFormatter();
  const percent = (value: number | null) =>
    value === null ? t("noData") : format.number(value / 100, { style: "percent" });
  const { cycle, demonstration: demo } = figures;
  return (
    <section aria-labelledby="headline-figures">
      <h2 id="headline-figures" className="sr-only">
        {t("heading")}
      </h2>
      {Object.values(demo).some(Boolean) && <DemoNote>{t("demoNote")}</DemoNote>}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Figure
          label={t("commitments")}
          value={format.number(figures.commitments)}
          note={t("commitmentsNote", { ...figures.byKind, notReported: figures.notReported })}
          demo={demo.commitments}
        />
        <Figure
          label={t("members")}
          value={format.number(figures.members)}
          note={t("membersNote")}
          demo={demo.members}
        />
        <Figure
          label={t("completed")}
          value={percent(figures.completedPercent)}
          note={t("completedNote", { completed: figures.completed, total: figures.pledges })}
          demo={demo.completed}
        />
        <Figure
          label={t("reported")}
          value={percent(figures.reportedPercent)}
          note={
            cycle && figures.reportedThisCycle !== null
              ? t("reportedNote", {
                  reported: figures.reportedThisCycle,
                  total: figures.pledges,
                  cycle: cycle.name,
                  due: format.dateTime(cycle.dueOn, { dateStyle: "long" }),
                })
              : t("noCycle")
          }
          demo={demo.reported}
        />
        <Figure
          label={t("updates")}
          value={format.number(figures.updatesLastYear)}
          note={t("updatesNote")}
          demo={demo.updates}
        />
      </dl>
    </section>
  );
}
