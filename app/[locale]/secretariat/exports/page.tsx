import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportColumns } from "@/components/secretariat/exports/export-columns";
import { ExportForm } from "@/components/secretariat/exports/export-form";
import { StatusCrosswalkTable } from "@/components/secretariat/exports/status-crosswalk-table";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";
import { EXPORT_LIMIT } from "@/lib/reporting/export-rate-limit";
import { getContentLocale } from "@/lib/i18n/content-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reporting.exports");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Choose the filters (the public explorer's) and the scope, then download CSV, XLSX or JSON. The page only shows public
 * filter options and documentation; the downloads themselves authorize every request (lib/reporting/export-response.ts).
 */
export default async function ExportsPage() {
  await readForPage("/secretariat/exports", (user) =>
    authorizeSecretariat(user, { attempted: "export.page", entityType: "reporting", entityId: "export.page" }),
  );
  const [t, options] = await Promise.all([
    getTranslations("reporting.exports"),
    listFilterOptions(await getContentLocale()),
  ]);
  return (
    <div className="max-w-4xl space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <section aria-labelledby="export-form-heading" className="space-y-3">
        <h2 id="export-form-heading" className="text-2xl">
          {t("form.heading")}
        </h2>
        <ExportForm options={options} />
        <p className="text-sm text-ink-muted">
          {t("limit", { points: EXPORT_LIMIT.points, minutes: EXPORT_LIMIT.durationSeconds / 60 })}
        </p>
      </section>
      <section aria-labelledby="formats-heading" className="space-y-3">
        <h2 id="formats-heading" className="text-2xl">
          {t("formats.heading")}
        </h2>
        <dl className="space-y-3">
          {(["csv", "xlsx", "json"] as const).map((format) => (
            <div key={format}>
              <dt className="font-semibold">{t(`formats.${format}.name`)}</dt>
              <dd className="text-ink-muted">{t(`formats.${format}.body`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="text-lg">{t("scope.heading")}</h3>
        <ul className="list-disc space-y-1 ps-5">
          <li>{t("scope.public")}</li>
          <li>{t("scope.all")}</li>
        </ul>
      </section>
      <StatusCrosswalkTable />
      <ExportColumns />
    </div>
  );
}
