import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/public/data-table";
import { DemoBadge } from "@/components/public/demo-badge";
import type { CycleReport } from "@/lib/data/secretariat/reporting/get-cycle-report";
import { FRESHNESS_STATES } from "@/lib/domain/freshness";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import type { ReportView, Tally } from "@/lib/domain/report-snapshot";
import { ReportExcerpts } from "./report-excerpts";
import { ReportFigures } from "./report-figures";
import { ReportWhoReported } from "./report-who-reported";
import { StatusBars } from "./status-bars";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

/** Print layout: A4 with margins, no page chrome, sections kept whole where they fit. */
const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none !important; padding: 0 !important; }
  #report h2 { break-after: avoid; }
  #report section { break-inside: auto; }
  #report [role="region"] { overflow: visible !important; }
  #report table { font-size: 8pt; }
  #report th, #report td { padding: 2px 4px !important; }
  #report tr, #report blockquote, #report figure { break-inside: avoid; }
}`;

/**
 * The accountability report: headline figures, implementation status overall and by theme, reporting this cycle,
 * every member's figures, who did not report, and excerpts of published updates. Everything comes from one
 * ReportView, computed from the frozen snapshot for a closed cycle.
 */
export async function ReportDocument({ report, view }: { report: CycleReport; view: ReportView }) {
  const [t, tStatus, format] = await Promise.all([
    getTranslations("reporting.report"),
    getTranslations("statuses"),
    getFormatter(),
  ]);
  const { data } = report;
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const shortDay = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const scopeName = view.scope.member?.name ?? null;
  const themeName = view.scope.theme?.name ?? null;
  const statusColumns = STATUS_CATEGORIES.map((status) => ({
    key: status,
    header: tStatus(statusLabelKey(status)),
    numeric: true,
  }));
  const statusCells = (tally: Tally) => STATUS_CATEGORIES.map((status) => format.number(tally.status[status]));
  const reportedCell = (tally: Tally) => t("reportedOf", { reported: tally.reported, total: tally.commitments });

  return (
    <article id="report" aria-labelledby="report-title" className="space-y-10">
      <style>{PRINT_CSS}</style>
      <header className="space-y-2 border-b-2 border-ink pb-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">{t("kicker")}</p>
        <h1 id="report-title" className="text-3xl">
          {t("title", { cycle: data.cycle.name })}
        </h1>
        {(scopeName || themeName) && (
          <p className="text-xl font-semibold">
            {scopeName && themeName
              ? t("scopeMemberTheme", { member: scopeName, theme: themeName })
              : scopeName
                ? t("scopeMember", { member: scopeName })
                : t("scopeTheme", { theme: themeName ?? "" })}
          </p>
        )}
        <p>
          {t("period", { start: day(data.cycle.startsOn), end: day(data.cycle.endsOn), due: day(data.cycle.dueOn) })}
        </p>
        <p className="text-ink-muted">
          {report.source === "snapshot"
            ? t("source.snapshot", { date: day(data.asOf) })
            : report.source === "unfrozen"
              ? t("source.unfrozen", { date: day(data.asOf) })
              : t("source.live", {
                  date: format.dateTime(new Date(data.asOf), DATE_AND_TIME),
                })}
        </p>
        {data.containsDemonstrationData && (
          <p role="note" className="rounded border border-warning bg-warning-light p-2 text-sm">
            <DemoBadge /> {t("demo")}
          </p>
        )}
      </header>

      <ReportFigures view={view} cycleName={data.cycle.name} />

      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="text-2xl">
          {t("status.heading")}
        </h2>
        <p>
          {t("status.summary", {
            completed: view.headline.completed,
            total: view.headline.commitments,
            notReported: view.totals.status.NOT_REPORTED,
          })}
        </p>
        <StatusBars
          id="report-overall"
          legendLabel={t("legend")}
          rows={[{ key: "all", label: t("status.all"), counts: view.totals.status, total: view.totals.commitments }]}
        />
        {view.byTheme.length > 0 && (
          <>
            <h3 className="text-lg">{t("status.byTheme")}</h3>
            <StatusBars
              id="report-themes"
              legendLabel={t("legend")}
              rows={view.byTheme.map((row) => ({
                key: row.slug,
                label: row.name,
                counts: row.tally.status,
                total: row.tally.commitments,
              }))}
            />
            <DataTable
              caption={t("status.themeTable")}
              rowHeader={t("columns.theme")}
              columns={[
                { key: "total", header: t("columns.commitments"), numeric: true },
                ...statusColumns,
                { key: "reported", header: t("columns.reported"), numeric: true },
              ]}
              rows={view.byTheme.map((row) => ({
                key: row.slug,
                header: row.name,
                cells: [format.number(row.tally.commitments), ...statusCells(row.tally), reportedCell(row.tally)],
              }))}
            />
            <p className="text-sm text-ink-muted">{t("status.themeNote")}</p>
          </>
        )}
      </section>

      <section aria-labelledby="freshness-heading" className="space-y-3">
        <h2 id="freshness-heading" className="text-2xl">
          {t("freshness.heading")}
        </h2>
        <p>{t("freshness.intro")}</p>
        <DataTable
          caption={t("freshness.caption", { cycle: data.cycle.name })}
          rowHeader={t("freshness.state")}
          columns={[
            { key: "count", header: t("columns.commitments"), numeric: true },
            { key: "share", header: t("columns.share"), numeric: true },
          ]}
          rows={FRESHNESS_STATES.map((state) => ({
            key: state,
            header: tStatus(`freshness.${state}`),
            cells: [
              format.number(view.totals.freshness[state]),
              view.totals.commitments === 0
                ? "—"
                : format.number(view.totals.freshness[state] / view.totals.commitments, { style: "percent" }),
            ],
          }))}
        />
      </section>

      <ReportWhoReported view={view} />

      {view.byMember.length > 0 && (
        <section aria-labelledby="members-heading" className="space-y-3">
          <h2 id="members-heading" className="text-2xl">
            {t("members.heading")}
          </h2>
          <DataTable
            caption={t("members.caption", { cycle: data.cycle.name })}
            rowHeader={t("columns.member")}
            columns={[
              { key: "total", header: t("columns.commitments"), numeric: true },
              { key: "reported", header: t("columns.reported"), numeric: true },
              ...statusColumns,
              { key: "last", header: t("columns.lastUpdate") },
            ]}
            rows={view.byMember.map((row) => ({
              key: row.slug,
              header: row.name,
              cells: [
                format.number(row.tally.commitments),
                reportedCell(row.tally),
                ...statusCells(row.tally),
                row.lastPublishedAt ? shortDay(row.lastPublishedAt) : t("never"),
              ],
            }))}
          />
          <p className="text-sm text-ink-muted">{t("members.note")}</p>
        </section>
      )}

      <ReportExcerpts excerpts={view.excerpts} />

      <footer className="border-t border-line pt-3 text-sm text-ink-muted">
        <p>{t("footer", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</p>
      </footer>
    </article>
  );
}
