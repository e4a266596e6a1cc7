// One row of an import preview: its line and reference, what it will do, and either the title it creates, the
// changed columns (now / after), or every problem in words.
import { getFormatter, getTranslations } from "next-intl/server";
import { formatPercent } from "@/lib/i18n/format-percent";
import type { PlannedRow } from "@/lib/imports/planned-row";

const TONE = {
  error: "border-danger",
  change: "border-brand",
  create: "border-success",
  unchanged: "border-line",
} as const;

export async function PlannedRowItem({ row }: { row: PlannedRow }) {
  const [t, tProblem, format] = await Promise.all([
    getTranslations("imports.preview"),
    getTranslations("imports.problem"),
    getFormatter(),
  ]);
  const headingId = `row-${row.line}`;
  return (
    <li aria-labelledby={headingId} className={`space-y-1 border-s-4 ps-3 ${TONE[row.action]}`}>
      <p id={headingId}>
        <span className="font-semibold">{t("line", { line: row.line })}</span>
        {row.ref ? <span className="font-mono"> · {row.ref}</span> : null}
        <span> · {t(`action.${row.action}`)}</span>
      </p>
      {row.action === "create" ? <p>{row.title}</p> : null}
      {row.action === "error" ? (
        <ul className="list-disc ps-5">
          {row.problems.map((problem, index) => (
            <li key={index}>
              {tProblem(problem.code, {
                column: problem.column ?? "",
                // The percentage a row gives, written the reader's way; other values as the file has them.
                value:
                  problem.code === "percentStatus"
                    ? formatPercent(format, Number(problem.value))
                    : (problem.value ?? ""),
                otherLine: problem.otherLine ?? 0,
                max: problem.max ?? 0,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {row.action === "change" ? (
        <table className="w-full text-start text-sm">
          <thead>
            <tr>
              <th scope="col" className="pe-3">
                {t("column")}
              </th>
              <th scope="col" className="pe-3">
                {t("before")}
              </th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {row.changes.map((change) => (
              <tr key={change.column} className="border-t border-line align-top">
                <th scope="row" className="pe-3 font-mono font-normal">
                  {change.column}
                </th>
                <td className="pe-3 whitespace-pre-line">{change.before ?? t("empty")}</td>
                <td className="whitespace-pre-line">{change.after ?? t("empty")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}
