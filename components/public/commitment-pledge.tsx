import { Fragment } from "react";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";

/** What was pledged: the description and its classification, target date and indicator (baseline → target). */
export async function CommitmentPledge({ commitment }: { commitment: CommitmentPage }) {
  const t = await getTranslations("public.commitment");
  const tExplorer = await getTranslations("explorer.commitment");
  const tStatus = await getTranslations("statuses");
  const format = await getFormatter();
  const withUnit = (value: number | null) => {
    if (value === null) return tExplorer("indicatorNotSet");
    const number = format.number(value);
    return commitment.indicatorUnit ? t("indicatorUnit", { value: number, unit: commitment.indicatorUnit }) : number;
  };
  const hasIndicatorValues = commitment.indicatorBaseline !== null || commitment.indicatorTarget !== null;
  return (
    <section aria-labelledby="pledge" className="space-y-3">
      <h2 id="pledge" className="text-xl">
        {t("pledgeHeading")}
      </h2>
      <p className="max-w-3xl whitespace-pre-line" lang={commitment.lang}>
        {commitment.description}
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("themes")}</dt>
        <dd>
          {commitment.themes.length === 0
            ? "–"
            : commitment.themes.map((theme, index) => (
                <Fragment key={theme.slug}>
                  {index > 0 && ", "}
                  <Link href={`/themes/${theme.slug}`} lang={theme.lang}>
                    {theme.name}
                  </Link>
                </Fragment>
              ))}
        </dd>
        <dt className="font-semibold">{t("pillars")}</dt>
        <dd>{commitment.pillars.map((pillar) => tStatus(`pillar.${pillar}`)).join(", ") || "–"}</dd>
        <dt className="font-semibold">{t("targetDate")}</dt>
        <dd>
          {commitment.targetDate ? format.dateTime(commitment.targetDate, { dateStyle: "long" }) : t("noTargetDate")}
        </dd>
        {commitment.indicatorName && (
          <>
            <dt className="font-semibold">{t("indicator")}</dt>
            <dd className="space-y-1">
              <p>{commitment.indicatorName}</p>
              {hasIndicatorValues && (
                <p className="flex flex-wrap items-center gap-2">
                  <span>
                    <span className="text-ink-muted">{tExplorer("indicatorBaseline")}</span>{" "}
                    <strong className="font-semibold tabular-nums">{withUnit(commitment.indicatorBaseline)}</strong>
                  </span>
                  <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                    →
                  </span>
                  <span className="sr-only">{tExplorer("indicatorTo")}</span>
                  <span>
                    <span className="text-ink-muted">{tExplorer("indicatorTarget")}</span>{" "}
                    <strong className="font-semibold tabular-nums">{withUnit(commitment.indicatorTarget)}</strong>
                  </span>
                </p>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
