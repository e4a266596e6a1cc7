import { getFormatter, getTranslations } from "next-intl/server";
import type { ComparisonRow } from "@/lib/data/public/get-assessment-comparison";
import { Link } from "@/lib/i18n/navigation";
import { TABLE_CLASS } from "@/components/secretariat/styles";

type Props = { by: "theme" | "member"; rows: ComparisonRow[] };

/** Agreement between the members' self-reports and the latest independent assessments, per theme or per member, with
 * the same numbers as CSV. A table, not a chart: the numbers are few, and every reader gets them alike. */
export async function ComparisonTable({ by, rows }: Props) {
  const [t, format] = await Promise.all([getTranslations("assessments.comparison"), getFormatter()]);
  const id = `comparison-by-${by}`;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl">
        {t(`${by}.heading`)}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
          <table className={TABLE_CLASS}>
            <caption className="sr-only">{t(`${by}.caption`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`${by}.column`)}</th>
                <th scope="col" className="text-end">
                  {t("assessed")}
                </th>
                <th scope="col" className="text-end">
                  {t("agree")}
                </th>
                <th scope="col" className="text-end">
                  {t("disagree")}
                </th>
                <th scope="col" className="text-end">
                  {t("noSelfReport")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.slug}>
                  <th scope="row" className="font-normal">
                    <Link href={`/${by === "theme" ? "themes" : "members"}/${row.slug}`}>
                      <bdi>{row.name}</bdi>
                    </Link>
                  </th>
                  <td className="text-end">{format.number(row.assessed)}</td>
                  <td className="text-end">{format.number(row.agree)}</td>
                  <td className="text-end">{format.number(row.disagree)}</td>
                  <td className="text-end">{format.number(row.noSelfReport)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="no-print text-sm">
        <a href={`/assessments/comparison.csv?by=${by}`} download>
          {t(`${by}.download`)}
        </a>
      </p>
    </section>
  );
}
