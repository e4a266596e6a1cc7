import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { sitePreview } from "@/components/link-previews/site-preview";
import { ColumnDictionary } from "@/components/open-data/column-dictionary";
import { DownloadList } from "@/components/open-data/download-list";
import { LicenceStatement } from "@/components/open-data/licence-statement";
import { pageMetadata } from "@/lib/link-previews/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openData.dataPage");
  return pageMetadata(await sitePreview({ path: "/data", title: t("metaTitle"), description: t("intro") }));
}

/** Open data: the bulk downloads, how the files are written, the data dictionary and the licence. */
export default async function OpenDataPage() {
  const t = await getTranslations("openData.dataPage");
  const tFormats = await getTranslations("openData.formats");
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-ink-muted">{t("intro")}</p>
      </header>
      <DownloadList headingId="downloads" />
      <section aria-labelledby="formats" className="space-y-3">
        <h2 id="formats" className="text-2xl">
          {tFormats("heading")}
        </h2>
        <ul className="max-w-3xl list-disc space-y-2 ps-6">
          {(["csv", "neutralised", "lists", "values", "redacted", "stability"] as const).map((key) => (
            <li key={key}>{tFormats(key)}</li>
          ))}
        </ul>
      </section>
      <LicenceStatement headingId="licence" />
      <section aria-labelledby="api" className="space-y-3">
        <h2 id="api" className="text-2xl">
          {t("apiHeading")}
        </h2>
        <p className="max-w-3xl">{t("apiBody")}</p>
        <p>
          <Link href="/api/docs">{t("apiLink")}</Link>
        </p>
      </section>
      <ColumnDictionary headingId="dictionary" />
    </article>
  );
}
