// GET /assessments/comparison.csv?by=theme|member: the comparison of self-reported and independently assessed status
// (app/[locale]/assessments), exactly the numbers of its table, with stable snake_case headers like the open data.
import { getAssessmentComparison } from "@/lib/data/public/get-assessment-comparison";
import { todayIsoDay } from "@/lib/domain/iso-day";
import { defaultLocale } from "@/lib/i18n/locales";
import { csvText } from "@/lib/open-data/csv";
import { CSV_MEDIA_TYPE } from "@/lib/open-data/download-files";

export async function GET(request: Request) {
  const by = new URL(request.url).searchParams.get("by") === "member" ? "member" : "theme";
  const comparison = await getAssessmentComparison(defaultLocale);
  const rows = by === "theme" ? comparison.byTheme : comparison.byMember;
  const csv = csvText(
    [
      [`${by}_slug`, `${by}_name`, "assessed", "agree", "disagree", "no_self_report"],
      ...rows.map((row) => [row.slug, row.name, row.assessed, row.agree, row.disagree, row.noSelfReport]),
    ],
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": CSV_MEDIA_TYPE,
      "Content-Disposition": `attachment; filename="wps-assessment-comparison-by-${by}-${todayIsoDay()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
