import { Fragment } from "react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";

/** What was pledged: the description and its classification, target date and indicator. */
export async function CommitmentPledge({ commitment }: { commitment: CommitmentPage }) {
  const t = await getTranslations("public.commitment");
  const tStatus = await getTranslations("statuses");
  const format = await getFormatter();
  const withUnit = (value: number) =>
    commitment.indicatorUnit ? t("indicatorUnit", { value: format.number(value), unit: commitment.indicatorUnit }) : format.number(value);
  const hasIndicatorValues = commitment.indicatorBaseline !== null && commitment.indicatorTarget !== null;
  return (
    <section aria-labelledby="pledge" className="space-y-3">
      <h2 id="pledge" className="text-xl">
        {t("pledgeHeading")}
      </h2>
      <p className="max-w-3xl whitespace-pre-line">{commitment.description}</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("themes")}</dt>
        <dd>
          {commitment.themes.length === 0
            ? "–"
            : commitment.themes.map((theme, index) => (
                <Fragment key={theme.slug}>
                  {index > 0 && ", "}
                  <Link href={{ pathname: "/commitments", query: { theme: theme.slug } }}>{theme.name}</Link>
                </Fragment>
              ))}
        </dd>
        <dt className="font-semibold">{t("pillars")}</dt>
        <dd>{commitment.pillars.map((pillar) => tStatus(`pillar.${pillar}`)).join(", ") || "–"}</dd>
        <dt className="font-semibold">{t("targetDate")}</dt>
        <dd>{commitment.targetDate ? format.dateTime(commitment.targetDate, { dateStyle: "long" }) : t("noTargetDate")}</dd>
        {commitment.indicatorName && (
          <>
            <dt className="font-semibold">{t("indicator")}</dt>
            <dd>
              {commitment.indicatorName}
              {hasIndicatorValues &&
                ` (${t("indicatorValues", {
                  baseline: withUnit(commitment.indicatorBaseline ?? 0),
                  target: withUnit(commitment.indicatorTarget ?? 0),
                })})`}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
