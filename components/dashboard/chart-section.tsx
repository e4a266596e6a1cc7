import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { ChartData } from "@/lib/data/public/get-chart-data";
import { getChartLabels } from "@/lib/i18n/chart-labels";
import type { DashboardView } from "@/lib/data/public/get-dashboard-view";
import { viewHref } from "@/lib/domain/dashboard-view";
import { buildChartTable } from "@/lib/domain/chart-tables";
import { chartCsvHref } from "@/lib/open-data/chart-csv";
import { CHART_MESSAGES, SHARED_CHART_PARAM } from "@/lib/domain/dashboard-charts";
import { ChartDataTable } from "./chart-data-table";
import { ChartDrawing } from "./chart-drawing";
import { ChartActions } from "./chart-actions";
import { describeChart } from "./describe-chart";
import { MapMeasureChoice } from "./map-measure-choice";
import { MapNotes } from "./map-notes";
import { DemoNote } from "@/components/public/demo-note";
import { isolate } from "@/lib/i18n/isolate";
import { element, fragment } from "@/lib/markup/svg-markup";

type Props = {
  data: ChartData;
  view: DashboardView;
  /** Date of the latest published update in the figures (the same filters): the chart's "last updated". */
  lastPublishedAt: Date | null;
  /** On the dashboard a section (h2) with links to share and embed; embedded, the page's only chart (h1). */
  mode: "dashboard" | "embed";
};

/**
 * One chart, the way the best public-data sites show it: a heading, a one-sentence summary generated from the data,
 * the drawing, the same numbers as a table, and under it the source, the date of the latest update, downloads of
 * exactly what is shown (CSV, SVG, PNG), a link to this view and, on the dashboard, the code to embed it.
 */
export async function ChartSection({ data, view, lastPublishedAt, mode }: Props) {
  const t = await getTranslations("public.charts");
  const format = await getFormatter();
  const table = buildChartTable(data, await getChartLabels(view.locale));
  const summary = await describeChart(data, table);
  const id = data.chart;
  const messages = CHART_MESSAGES[id];
  const heading = t(`${messages}.heading`);
  const Heading = mode === "embed" ? "h1" : "h2";
  // Before the first reporting cycle there is no freshness, and no share "reported this cycle" to shade the map by.
  const noCycle =
    (data.chart === "reporting-freshness" && !data.freshness.cycle) ||
    (data.chart === "map" && data.measure === "reported" && data.rows.some((row) => row.reported === null));
  const drawn = Boolean(summary) && !noCycle;
  const shareUrl = new URL(viewHref("/", view, id), env.APP_URL);
  shareUrl.searchParams.set(SHARED_CHART_PARAM, id); // so that the link's preview shows this chart
  const shareHref = shareUrl.href;
  const embedHref = new URL(viewHref(`/embed/${id}`, view), env.APP_URL).href;
  const embedCode = `<iframe src="${embedHref}" title="${heading.replaceAll('"', "&quot;")}" width="100%" height="640" style="border:0"></iframe>`;
  // The code to embed never changes in the browser: markup (lib/markup/svg-markup.ts), not a field to hydrate.
  const embedField = fragment(
    element("label", { for: `${id}-embed-code`, class: "block" }, t("embedCode")),
    element(
      "textarea",
      {
        id: `${id}-embed-code`,
        readonly: "",
        dir: "ltr",
        rows: 2,
        class: "w-full rounded border border-ink-subtle bg-paper p-2 font-mono text-xs text-ink",
      },
      embedCode,
    ),
  );
  const credits = [
    t("source"),
    lastPublishedAt
      ? t("lastUpdated", { date: format.dateTime(lastPublishedAt, { dateStyle: "long" }) })
      : t("neverUpdated"),
  ];

  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3">
      <Heading id={`${id}-heading`} className={mode === "embed" ? "text-2xl" : "text-xl"}>
        {heading}
      </Heading>
      {table.note && <DemoNote id={`${id}-demo`}>{table.note}</DemoNote>}
      {data.chart === "map" && <MapMeasureChoice view={view} path={mode === "embed" ? "/embed/map" : "/"} />}
      {noCycle ? (
        <p>{t(`${messages}.noCycle`)}</p>
      ) : !summary ? (
        <p>{t(`${messages}.empty`)}</p>
      ) : (
        <>
          <p id={`${id}-summary`}>{summary}</p>
          <div id={`${id}-figure`}>
            <ChartDrawing
              data={data}
              table={table}
              label={t("drawingLabel", { title: heading })}
              describedBy={`${id}-summary`}
            />
          </div>
          {data.chart === "map" && <MapNotes rows={data.rows} />}
          <ChartDataTable table={table} drillFilters={mode === "dashboard" ? view.filters : undefined} />
          {t.has(`${messages}.note`) && <p className="text-sm text-ink-muted">{t(`${messages}.note`)}</p>}
        </>
      )}
      <div className="space-y-2 border-t border-line pt-2 text-sm text-ink-muted">
        {credits.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <ul
          aria-label={t("actions", { title: isolate(heading) })}
          className="flex flex-wrap items-center gap-x-4 gap-y-2"
        >
          <li>
            <a href={chartCsvHref(id, view, view.locale)} download>
              {t("csv")}
            </a>
          </li>
          {drawn && (
            <>
              {(["svg", "png"] as const).map((kind) => (
                <li key={kind} hidden data-chart-action="image">
                  <button type="button" className={BUTTON_CLASS} data-chart-button={kind}>
                    {t(kind)}
                  </button>
                </li>
              ))}
              <li hidden role="alert" className="text-danger" data-chart-image-failed>
                {t("imageFailed")}
              </li>
            </>
          )}
          {mode === "dashboard" ? (
            <>
              <li className="inline-flex items-center gap-2">
                <a href={shareHref}>{t("shareLink")}</a>
                <CopyButton text={shareHref} label={t("copyLink")} copiedLabel={t("copied")} />
              </li>
              <li className="w-full">
                <details>
                  <summary className="cursor-pointer text-brand">{t("embed")}</summary>
                  <div className="mt-2 space-y-1">
                    <div className="space-y-1" dangerouslySetInnerHTML={{ __html: embedField.html }} />
                    <CopyButton text={embedCode} label={t("copyCode")} copiedLabel={t("copied")} />
                  </div>
                </details>
              </li>
            </>
          ) : (
            <li>
              <Link href={viewHref("/", view, id)} target="_blank" rel="noopener">
                {t("viewFull")}
              </Link>
            </li>
          )}
        </ul>
      </div>
      <ChartActions
        sectionId={id}
        image={{
          figureId: `${id}-figure`,
          filename: `wps-${id}-${view.today}`,
          title: heading,
          caption: table.note,
          credits: data.chart === "map" ? [t("map.disclaimer"), ...credits] : credits,
        }}
      />
    </section>
  );
}

const BUTTON_CLASS = "rounded border border-ink-subtle bg-paper px-2 py-0.5 text-sm hover:bg-paper-sunken";

/**
 * Copies a link or code to the clipboard (./chart-actions.tsx does it). An enhancement: hidden until the section's
 * script runs and finds a clipboard; the live region beside it says when it is done.
 */
function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  return (
    <span hidden data-chart-action="copy">
      <button
        type="button"
        className={BUTTON_CLASS}
        data-chart-button="copy"
        data-copy-text={text}
        data-copied-label={copiedLabel}
      >
        {label}
      </button>{" "}
      <span role="status" className="text-sm text-ink-muted" />
    </span>
  );
}
