import { getTranslations } from "next-intl/server";
import { COMMITMENTS_CSV_COLUMNS, SECRETARIAT_EXTRA_COLUMNS } from "@/lib/open-data/commitments-csv-columns";

/** The documented columns of the commitments table (CSV, first XLSX sheet, JSON "commitments"), in their order. */
export async function ExportColumns() {
  const [t, tShared] = await Promise.all([
    getTranslations("reporting.exports"),
    getTranslations("secretariat.export.columns"),
  ]);
  const describe = (column: string) =>
    (COMMITMENTS_CSV_COLUMNS as readonly string[]).includes(column) ? tShared(column) : t(`columns.${column}`);
  return (
    <section aria-labelledby="columns-heading" className="space-y-3">
      <h2 id="columns-heading" className="text-2xl">
        {t("columnsHeading")}
      </h2>
      <p className="text-ink-muted">{t("columnsIntro")}</p>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {[...COMMITMENTS_CSV_COLUMNS, ...SECRETARIAT_EXTRA_COLUMNS].map((column) => (
          <div key={column} className="contents">
            <dt>
              <code>{column}</code>
            </dt>
            <dd className="text-ink-muted">{describe(column)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
