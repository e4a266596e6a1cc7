import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { DemoBadge } from "@/components/public/demo-badge";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { CreateCycleForm } from "@/components/secretariat/cycles/create-cycle-form";
import { DueDateForm } from "@/components/secretariat/cycles/due-date-form";
import { ReportingActionForm } from "@/components/secretariat/cycles/reporting-action-form";
import { closeReportingCycleAction } from "@/lib/actions/close-reporting-cycle";
import { CYCLE_CHANGES } from "@/lib/actions/cycle-changes";
import { createReportingCycleAction } from "@/lib/actions/create-reporting-cycle";
import { openReportingCycleAction } from "@/lib/actions/open-reporting-cycle";
import { updateReportingCycleAction } from "@/lib/actions/update-reporting-cycle";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { listReportingCycles, type ReportingCycleRow } from "@/lib/data/secretariat/reporting/list-reporting-cycles";
import { isoDay } from "@/lib/domain/iso-day";
import { isolate } from "@/lib/i18n/isolate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reporting.cycles");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportingCyclesPage({ searchParams }: { searchParams: SearchParams }) {
  const cycles = await readForPage("/secretariat/cycles", listReportingCycles);
  const [t, format] = await Promise.all([getTranslations("reporting.cycles"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const open = cycles.find((cycle) => cycle.state === "OPEN");
  // Only a known change about a cycle that exists is echoed back, so the notice cannot be made to say anything else.
  const params = await searchParams;
  const change = CYCLE_CHANGES.find((known) => known === params.done);
  const changed = change ? cycles.find((cycle) => cycle.slug === params.cycle) : undefined;

  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
        <p className="text-ink-muted">{open ? t("openNow", { name: open.name }) : t("noneOpen")}</p>
      </header>
      {change && changed && (
        <ConfirmationNotice message={t(`changed.${change}`, { name: changed.name, due: day(changed.dueOn) })}>
          {change === "closed" && (
            <p>
              <Link href={`/secretariat/reports/${changed.slug}`}>{t("changed.seeReport")}</Link>
            </p>
          )}
        </ConfirmationNotice>
      )}

      <section aria-labelledby="cycles-heading" className="space-y-3">
        <h2 id="cycles-heading" className="text-2xl">
          {t("listHeading")}
        </h2>
        <ConsoleTable
          caption={t("caption")}
          empty={cycles.length === 0 ? t("empty") : null}
          columns={[
            { label: t("columns.cycle") },
            { label: t("columns.dates") },
            { label: t("columns.due") },
            { label: t("columns.state") },
            { label: t("columns.updates"), numeric: true },
            { label: t("columns.actions") },
          ]}
        >
          {cycles.map((cycle) => (
            <tr key={cycle.id}>
              <th scope="row" className="font-semibold">
                <Link href={`/secretariat/reports/${cycle.slug}`}>{cycle.name}</Link>
                {cycle.isDemo && (
                  <span className="ms-2">
                    <DemoBadge />
                  </span>
                )}
              </th>
              <td>{t("dateRange", { start: day(cycle.startsOn), end: day(cycle.endsOn) })}</td>
              <td>{day(cycle.dueOn)}</td>
              <td>
                <span className="font-semibold">{t(`state.${cycle.state}`)}</span>
                {cycle.state === "CLOSED" && (
                  <span className="block text-ink-muted">
                    {cycle.closedAt ? t("closedOn", { date: day(cycle.closedAt) }) : null}{" "}
                    {cycle.hasSnapshot ? t("frozen") : t("notFrozen")}
                  </span>
                )}
              </td>
              <td className="text-end tabular-nums">{format.number(cycle.updates)}</td>
              <td className="space-y-3">
                <CycleActions cycle={cycle} />
              </td>
            </tr>
          ))}
        </ConsoleTable>
      </section>

      <section aria-labelledby="new-cycle-heading" className="space-y-3">
        <h2 id="new-cycle-heading" className="text-2xl">
          {t("form.heading")}
        </h2>
        <p className="max-w-3xl text-ink-muted">{t("form.intro")}</p>
        <CreateCycleForm action={createReportingCycleAction} />
      </section>
    </div>
  );
}

async function CycleActions({ cycle }: { cycle: ReportingCycleRow }) {
  const t = await getTranslations("reporting.cycles");
  if (cycle.state === "CLOSED") {
    return <Link href={`/secretariat/reports/${cycle.slug}`}>{t("actions.report", { name: cycle.name })}</Link>;
  }
  return (
    <>
      {cycle.state === "PLANNED" ? (
        <ReportingActionForm
          action={openReportingCycleAction}
          hidden={{ cycleId: cycle.id }}
          submitLabel={t("actions.open")}
          submitAccessibleName={t("actions.openNamed", { name: isolate(cycle.name) })}
          variant="primary"
        />
      ) : (
        <details className="rounded border border-line p-2">
          <summary className="cursor-pointer font-semibold">{t("actions.closeSummary", { name: cycle.name })}</summary>
          <ReportingActionForm
            action={closeReportingCycleAction}
            hidden={{ cycleId: cycle.id }}
            submitLabel={t("actions.close")}
            submitAccessibleName={t("actions.closeNamed", { name: isolate(cycle.name) })}
            variant="danger"
            className="mt-2"
          >
            <p className="max-w-xs text-ink-muted">{t("actions.closeExplain")}</p>
          </ReportingActionForm>
        </details>
      )}
      <DueDateForm
        action={updateReportingCycleAction}
        cycleId={cycle.id}
        cycleName={cycle.name}
        dueOn={isoDay(cycle.dueOn)}
        min={isoDay(cycle.startsOn)}
        max={isoDay(cycle.endsOn)}
      />
    </>
  );
}
