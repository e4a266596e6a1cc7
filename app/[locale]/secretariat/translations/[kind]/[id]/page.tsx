import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmationNotice } from "@/components/form/confirmation-notice";
import { TranslationForm } from "@/components/secretariat/translations/translation-form";
import { saveTranslationsAction } from "@/lib/actions/save-translations";
import { getTranslationScreen } from "@/lib/data/secretariat/get-translation-screen";
import { readForPage } from "@/lib/data/secretariat/read-for-page";
import { directionOf } from "@/lib/i18n/locales";
import { textParam, type SearchParams } from "@/lib/validation/console-params";
import { CONTENT_LOCALES, TRANSLATABLE } from "@/lib/validation/content-translation";

type Props = { params: Promise<{ kind: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariat.translations");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Where each kind of record is edited in the console, for the way back. */
const RECORD_PAGES = {
  member: (id: string) => `/secretariat/members/${id}`,
  theme: (id: string) => `/secretariat/themes/${id}`,
  meeting: (id: string) => `/secretariat/meetings/${id}`,
  commitment: (id: string) => `/secretariat/commitments/${id}/record`,
} as const;

/** One record's texts in the six languages side by side: the original, each translation, and what is missing. */
export default async function TranslationScreenPage({ params, searchParams }: Props) {
  const { kind, id } = await params;
  const record = await readForPage(
    `/secretariat/translations/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
    (user) => getTranslationScreen(user, kind, id),
  );
  if (!record) notFound();
  const [t, locale, done] = [
    await getTranslations("secretariat.translations"),
    await getLocale(),
    textParam(await searchParams, "done", 20),
  ];
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const nameOf = (code: string) => languageName.of(code) ?? code;
  const label = record.original[TRANSLATABLE[record.kind][0].name] ?? record.slug;
  const missing = CONTENT_LOCALES.filter((code) => code !== record.sourceLocale && !record.translations[code]);
  return (
    <div className="space-y-6">
      <p>
        <Link href={RECORD_PAGES[record.kind](record.id)}>{t("backToRecord")}</Link>
        {" · "}
        <Link href="/secretariat/translations">{t("backToList")}</Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">{t(`kinds.${record.kind}`)}</p>
        <h1 className="text-3xl">
          {t.rich("title", { name: label, original: (chunks) => <span lang={record.sourceLocale}>{chunks}</span> })}
        </h1>
        <p>{t("intro", { language: nameOf(record.sourceLocale) })}</p>
        <p>
          {missing.length === 0
            ? t("noneMissing")
            : t("missingList", { count: missing.length, languages: missing.map(nameOf).join(", ") })}
        </p>
      </header>
      <ConfirmationNotice message={done === "translationsSaved" ? t("saved") : null} />
      <TranslationForm
        action={saveTranslationsAction}
        kind={record.kind}
        id={record.id}
        fields={TRANSLATABLE[record.kind].map((field) => ({
          name: field.name,
          label: t(`fields.${field.name}`),
          required: field.required,
          multiline: "multiline" in field && field.multiline,
          max: field.max,
        }))}
        columns={CONTENT_LOCALES.map((code) => {
          const stored = record.translations[code];
          return {
            locale: code,
            name: nameOf(code),
            dir: directionOf(code),
            isSource: code === record.sourceLocale,
            missing: code !== record.sourceLocale && !stored,
            version: stored?.version ?? 0,
            values: code === record.sourceLocale ? record.original : (stored?.text ?? {}),
          };
        })}
      />
    </div>
  );
}
