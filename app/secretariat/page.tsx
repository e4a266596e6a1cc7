import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { signInPath } from "@/lib/auth/callback-url";
import { canUseSecretariatTools } from "@/lib/auth/policy";
import { getSessionUser } from "@/lib/auth/session";
import { COMMITMENTS_CSV_COLUMNS } from "@/lib/exports/commitments-csv-columns";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secretariat");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SecretariatPage() {
  const user = await getSessionUser();
  if (!user) redirect(signInPath("/secretariat"));
  if (!canUseSecretariatTools(user)) {
    const t = await getTranslations("auth.forbidden");
    return <ForbiddenNotice name={user.name} email={user.email} reason={t("secretariatOnly")} />;
  }

  const t = await getTranslations("secretariat");
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-2xl">
          {t("export.heading")}
        </h2>
        <p>{t("export.body")}</p>
        <p>
          {/* A plain link (not next/link): the response is a file download, not a page. */}
          <a href="/secretariat/export/commitments" download className="font-semibold">
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
