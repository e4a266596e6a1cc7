import { getTranslations } from "next-intl/server";
import { LICENCE, SOURCES } from "@/lib/open-data/licence";

/** The licence of the open data, its attribution, its source and the demonstration-data caveat. */
export async function LicenceStatement({ headingId }: { headingId: string }) {
  const t = await getTranslations("openData.licence");
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-2xl">
        {t("heading")}
      </h2>
      <p className="max-w-3xl">{t("body", { licence: LICENCE.title, identifier: LICENCE.name })}</p>
      <p className="max-w-3xl">{t("attribution", { attribution: LICENCE.attribution })}</p>
      {SOURCES.map((source) => (
        <p key={source.title} className="max-w-3xl">
          {t("source", { source: source.title })}
        </p>
      ))}
      <p className="max-w-3xl rounded border border-warning bg-warning-light p-3">{t("demonstration")}</p>
      <p>
        <a href={LICENCE.path} rel="license">
          {t("link")}
        </a>
      </p>
    </section>
  );
}
