import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/public/data-table";
import { REPORTED_STATUSES } from "@/lib/domain/implementation-status";
import { crosswalkStatus } from "@/lib/domain/status-crosswalk";

/** How our statuses read on OGP's and the WPS-HA Compact's scales, generated from the crosswalk itself. */
export async function StatusCrosswalkTable() {
  const [t, tStatus] = await Promise.all([getTranslations("reporting.exports.crosswalk"), getTranslations("statuses")]);
  const cell = (value: string | null) => (value === null ? t("empty") : t(`levels.${value}`));
  const rows = [
    {
      key: "NOT_REPORTED",
      header: tStatus("implementation.NOT_REPORTED"),
      cells: [cell(null), cell(null), t("notes.NOT_REPORTED")],
    },
    ...REPORTED_STATUSES.map((status) => {
      const walk = crosswalkStatus(status, null);
      const started = crosswalkStatus(status, 40);
      const ogp =
        walk.ogp === started.ogp
          ? cell(walk.ogp)
          : t("discontinuedOgp", { some: cell(started.ogp), none: cell(walk.ogp) });
      return {
        key: status,
        header: tStatus(`implementation.${status}`),
        cells: [ogp, cell(walk.compact), t(`notes.${status}`)],
      };
    }),
  ];
  return (
    <section aria-labelledby="crosswalk-heading" className="space-y-3">
      <h2 id="crosswalk-heading" className="text-2xl">
        {t("heading")}
      </h2>
      <p className="text-ink-muted">{t("intro")}</p>
      <DataTable
        caption={t("caption")}
        rowHeader={t("ours")}
        columns={[
          { key: "ogp", header: t("ogp") },
          { key: "compact", header: t("compact") },
          { key: "why", header: t("why") },
        ]}
        rows={rows}
      />
    </section>
  );
}
