import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportDocument } from "@/components/secretariat/reports/report-document";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { getCycleReport } from "@/lib/data/secretariat/reporting/get-cycle-report";
import { viewReport } from "@/lib/domain/report-snapshot";
import { parseReportLocale, parseReportScope, reportPath } from "@/lib/reporting/report-path";

type Props = {
  params: Promise<{ cycle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("reporting.report");
  return { title: t("metaTitle", { cycle: (await params).cycle }), robots: { index: false } };
}

/**
 * The accountability report of a cycle — for the whole Network, one member (?member=) or one theme (?theme=) — as a
 * printable page. A closed cycle's report is rendered from the figures frozen when it closed. /pdf prints this page.
 */
export default async function CycleReportPage({ params, searchParams }: Props) {
  const [{ cycle: slug }, query] = await Promise.all([params, searchParams]);
  const scope = parseReportScope(query);
  const report = await readForPage(reportPath(slug, scope), (user) => getCycleReport(user, slug));
  if (!report) notFound();
  const view = viewReport(report.data, scope);
  if (!view) notFound();
  const t = await getTranslations("reporting.report");
  const locale = parseReportLocale(await getLocale());
  return (
    <div className="space-y-6">
      <nav
        aria-label={t("toolbar.label")}
        className="no-print flex flex-wrap items-center gap-4 rounded-md border border-line bg-paper-raised p-3"
      >
        <Link href="/secretariat/reports">{t("toolbar.allReports")}</Link>
        {/* A plain link: the response is a file download. */}
        <a href={reportPath(report.cycle.slug, scope, "/pdf", locale)} className="font-semibold">
          {t("toolbar.pdf")}
        </a>
        {(scope.member || scope.theme) && <Link href={reportPath(report.cycle.slug)}>{t("toolbar.wholeNetwork")}</Link>}
        <span className="text-sm text-ink-muted">{t("toolbar.printHint")}</span>
      </nav>
      <ReportDocument report={report} view={view} />
    </div>
  );
}
