import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import { getConsoleCounts } from "@/lib/data/secretariat/get-console-counts";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { COMMITMENTS_CSV_COLUMNS } from "@/lib/open-data/commitments-csv-columns";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariat");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SecretariatPage() {
  const counts = await readForPage("/secretariat", getConsoleCounts);
  const [t, tHome] = await Promise.all([getTranslations("secretariat"), getTranslations("secretariat.console.home")]);
  const exportHref = await pathInLocale("/secretariat/export/commitments");
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <section aria-labelledby="waiting-heading" className="space-y-3">
        <h2 id="waiting-heading" className="text-2xl">
          {tHome("waitingHeading")}
        </h2>
        <ul className="list-disc space-y-1 ps-5">
          <li>
            <Link href="/secretariat/review">{tHome("submitted", { count: counts.submitted })}</Link>
          </li>
          <li>
            <Link href="/secretariat/commitments">{tHome("proposals", { count: counts.proposals })}</Link>
          </li>
          <li>
            <Link href="/secretariat/review?view=verify">{tHome("toVerify", { count: counts.toVerify })}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="register-heading" className="space-y-3">
        <h2 id="register-heading" className="text-2xl">
          {tHome("registerHeading")}
        </h2>
        <ul className="list-disc space-y-1 ps-5">
          <li>
            <Link href="/secretariat/members">{tHome("members", { count: counts.members })}</Link>
          </li>
          <li>
            <Link href="/secretariat/focal-points">{tHome("focalPoints", { count: counts.focalPoints })}</Link>
          </li>
          <li>
            <Link href="/secretariat/themes">{tHome("themes", { count: counts.themes })}</Link>
          </li>
          <li>
            <Link href="/secretariat/meetings">{tHome("meetings", { count: counts.meetings })}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-2xl">
          {t("export.heading")}
        </h2>
        <p>{t("export.body")}</p>
        <p>
          {/* A plain link (not next/link): the response is a file download, not a page. */}
          <a href={exportHref} download className="font-semibold">
            {t("export.link")}
          </a>
        </p>
        <p className="text-sm text-ink-muted">{t("export.format")}</p>
        <h3 className="text-lg">{t("export.columnsHeading")}</h3>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          {COMMITMENTS_CSV_COLUMNS.map((column) => (
            <div key={column} className="contents">
              <dt>
                <code>{column}</code>
              </dt>
              <dd className="text-ink-muted">{t(`export.columns.${column}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
