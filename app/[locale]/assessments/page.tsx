import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/components/assessments/comparison-table";
import { getAssessmentComparison } from "@/lib/data/public/get-assessment-comparison";
import { getContentLocale } from "@/lib/i18n/content-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessments.comparison");
  return { title: t("title"), description: t("intro") };
}

/** The dashboard's comparison of self-reported and independently assessed status (decision 0022). */
export default async function AssessmentComparisonPage() {
  const [comparison, t] = await Promise.all([
    getAssessmentComparison(await getContentLocale()),
    getTranslations("assessments.comparison"),
  ]);
  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="text-ink-muted">{t("intro")}</p>
        <p className="font-semibold">{t("total", { count: comparison.assessed })}</p>
      </header>
      <ComparisonTable by="theme" rows={comparison.byTheme} />
      <ComparisonTable by="member" rows={comparison.byMember} />
    </div>
  );
}
