import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { sitePreview } from "@/components/link-previews/site-preview";
import { DataTable } from "@/components/public/data-table";
import { DemoBadge } from "@/components/public/demo-badge";
import { DemoNote } from "@/components/public/demo-note";
import { listThemes } from "@/lib/data/public/list-themes";
import { pageMetadata } from "@/lib/link-previews/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("explorer.themes");
  return pageMetadata(await sitePreview({ path: "/themes", title: t("metaTitle"), description: t("intro") }));
}

/** The Network's themes with the counts of their commitments. */
export default async function ThemesPage() {
  const themes = await listThemes();
  const t = await getTranslations("explorer.themes");
  const tStatus = await getTranslations("statuses");
  const tCharts = await getTranslations("public.charts");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </header>
      <DataTable
        caption={t("caption")}
        rowHeader={t("theme")}
        columns={[
          { key: "description", header: t("description") },
          { key: "commitments", header: t("commitments"), numeric: true },
          { key: "completed", header: tStatus("implementation.COMPLETED"), numeric: true },
          { key: "notReported", header: tStatus("implementation.NOT_REPORTED"), numeric: true },
          { key: "latest", header: t("latestUpdate") },
        ]}
        rows={themes.map((theme) => ({
          key: theme.slug,
          header: (
            <span className="inline-flex flex-wrap items-center gap-2">
              <Link href={`/themes/${theme.slug}`}>{theme.name}</Link>
              {theme.includesDemonstrationData && <DemoBadge />}
            </span>
          ),
          cells: [
            theme.description ?? "–",
            format.number(theme.commitments),
            format.number(theme.completed),
            format.number(theme.notReported),
            theme.lastPublishedAt ? format.dateTime(theme.lastPublishedAt, { dateStyle: "medium" }) : t("never"),
          ],
        }))}
      />
      <p className="text-sm text-ink-muted">{t("note")}</p>
      {themes.some((theme) => theme.includesDemonstrationData) && <DemoNote>{tCharts("demoNote")}</DemoNote>}
    </div>
  );
}
