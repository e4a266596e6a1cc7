import { getTranslations } from "next-intl/server";
import type { MemberReportRow, ReportView } from "@/lib/domain/report-snapshot";

/** Who reported in the cycle and who did not: silence is accountability data, so it is named, member by member. */
export async function ReportWhoReported({ view }: { view: ReportView }) {
  const t = await getTranslations("reporting.report.who");
  const list = (rows: MemberReportRow[], emptyKey: string) =>
    rows.length === 0 ? (
      <p className="text-ink-muted">{t(emptyKey)}</p>
    ) : (
      <ul className="columns-1 gap-6 sm:columns-2 print:columns-2">
        {rows.map((row) => (
          <li key={row.slug} className="break-inside-avoid">
            {row.name}{" "}
            <span className="text-ink-muted">
              {t("counts", { reported: row.tally.reported, total: row.tally.commitments })}
            </span>
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="who-heading" className="space-y-4">
      <h2 id="who-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <div className="space-y-2">
        <h3 className="text-lg">{t("none", { count: view.reporting.none.length })}</h3>
        {list(view.reporting.none, "noneEmpty")}
      </div>
      <div className="space-y-2">
        <h3 className="text-lg">{t("some", { count: view.reporting.some.length })}</h3>
        {list(view.reporting.some, "someEmpty")}
      </div>
      <div className="space-y-2">
        <h3 className="text-lg">{t("all", { count: view.reporting.all.length })}</h3>
        {list(view.reporting.all, "allEmpty")}
      </div>
    </section>
  );
}
