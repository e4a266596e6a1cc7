import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConsoleTable } from "@/components/secretariat/console-table";
import { listMissingTranslations } from "@/lib/data/secretariat/list-missing-translations";
import { readForPage } from "@/lib/data/secretariat/read-for-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariat.translations");
  return { title: t("listMetaTitle"), robots: { index: false } };
}

/** What lacks a translation: per kind of record, those missing at least one of the six languages. */
export default async function MissingTranslationsPage() {
  const groups = await readForPage("/secretariat/translations", listMissingTranslations);
  const [t, locale] = [await getTranslations("secretariat.translations"), await getLocale()];
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("listTitle")}</h1>
        <p>{t("listIntro")}</p>
      </header>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`missing-${group.kind}`} className="space-y-3">
          <h2 id={`missing-${group.kind}`} className="text-xl">
            {t(`groups.${group.kind}`, { count: group.total })}
          </h2>
          {group.total > group.items.length && <p>{t("firstShown", { shown: group.items.length })}</p>}
          <ConsoleTable
            caption={t(`groups.${group.kind}`, { count: group.total })}
            empty={group.items.length === 0 ? t("emptyGroup") : null}
            columns={[{ label: t("columns.record") }, { label: t("columns.missing") }]}
          >
            {group.items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="font-normal">
                  <Link href={`/secretariat/translations/${group.kind}/${item.id}`} lang={item.sourceLocale}>
                    {item.label}
                  </Link>
                </th>
                <td>{item.missing.map((code) => languageName.of(code) ?? code).join(", ")}</td>
              </tr>
            ))}
          </ConsoleTable>
        </section>
      ))}
    </div>
  );
}
