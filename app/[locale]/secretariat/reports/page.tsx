import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReportChooser } from "@/components/secretariat/reports/report-chooser";
import { pagePath, readForPage } from "@/lib/data/secretariat/read-for-page";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";
import { listReportingCycles } from "@/lib/data/secretariat/reporting/list-reporting-cycles";
import { parseReportLocale, reportPath } from "@/lib/reporting/report-path";
import { getContentLocale } from "@/lib/i18n/content-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reporting.reports");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Choose a cycle (and optionally a member or a theme) and open its accountability report. */
export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const cycles = await readForPage(pagePath("/secretariat/reports", params), listReportingCycles);
  // The chooser is a GET form: a cycle slug cannot go into the path without JavaScript, so the choice comes here
  // and is sent on to the report's own address.
  const chosen = cycles.find((cycle) => cycle.slug === params.cycle);
  if (chosen) {
    const one = (value: string | string[] | undefined) =>
      typeof value === "string" && value !== "" ? value : undefined;
    return redirectInLocale(reportPath(chosen.slug, { member: one(params.member), theme: one(params.theme) }));
  }

  const [t, format, options, locale] = await Promise.all([
    getTranslations("reporting.reports"),
    getFormatter(),
    listFilterOptions(await getContentLocale()),
    getLocale().then(parseReportLocale),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {cycles.length === 0 ? (
        <p>{t("noCycles")}</p>
      ) : (
        <>
          <ReportChooser
            cycles={cycles.map((cycle) => ({ slug: cycle.slug, name: cycle.name }))}
            preferred={(cycles.find((cycle) => cycle.state === "OPEN") ?? cycles[0])?.slug}
            members={options.members}
            themes={options.themes}
          />
          <section aria-labelledby="report-list-heading" className="space-y-3">
            <h2 id="report-list-heading" className="text-2xl">
              {t("listHeading")}
            </h2>
            <ul className="space-y-2">
              {cycles.map((cycle) => (
                <li key={cycle.id}>
                  <Link href={reportPath(cycle.slug)} className="font-semibold">
                    {t("reportFor", { name: cycle.name })}
                  </Link>{" "}
                  <span className="text-ink-muted">
                    {t(`cycleState.${cycle.state}`, { date: cycle.closedAt ? day(cycle.closedAt) : "" })}
                    {cycle.state === "CLOSED" && !cycle.hasSnapshot ? ` ${t("notFrozen")}` : ""}
                  </span>{" "}
                  · <a href={reportPath(cycle.slug, {}, "/pdf", locale)}>{t("pdfFor", { name: cycle.name })}</a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
