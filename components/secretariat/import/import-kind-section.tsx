// One import on the import page: what it is, its templates, the upload form (a plain multipart form to the upload
// route: it works without JavaScript), the reason the last file was refused, and its columns.
import { getTranslations } from "next-intl/server";
import { pathInLocale } from "@/lib/i18n/redirect";
import type { FileProblemCode } from "@/lib/imports/file-problem";
import type { ImportSegment } from "@/lib/imports/import-kinds";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/imports/limits";
import { describeColumns } from "@/lib/imports/template";
import { buttonClass } from "@/components/form/styles";

type Props = { segment: ImportSegment; problem: { code: FileProblemCode; detail: string } | null };

const MEGABYTES = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

export async function ImportKindSection({ segment, problem }: Props) {
  const t = await getTranslations("imports");
  const headingId = `import-${segment}-heading`;
  const inputId = `upload-${segment}-file`;
  const formAction = await pathInLocale(`/secretariat/import/upload?kind=${segment}`);
  return (
    <section aria-labelledby={headingId} id={`upload-${segment}`} className="space-y-4">
      <h2 id={headingId} className="text-2xl">
        {t(`kinds.${segment}.heading`)}
      </h2>
      <p>{t(`kinds.${segment}.body`)}</p>
      <h3 className="text-lg">{t("template.heading")}</h3>
      <ul className="list-disc space-y-1 ps-5">
        <li>
          <a href={`/secretariat/import/template/${segment}-template.csv`} className="underline">
            {t("template.csv")}
          </a>
        </li>
        <li>
          <a href={`/secretariat/import/template/${segment}-template.xlsx`} className="underline">
            {t("template.xlsx")}
          </a>
        </li>
      </ul>
      {problem ? (
        <div role="alert" className="space-y-1 rounded-md border border-danger bg-danger-light p-4">
          <p className="font-semibold">{t("fileProblem.heading")}</p>
          <p>
            {t(`fileProblem.${problem.code}`, {
              detail: problem.detail,
              megabytes: MEGABYTES,
              rows: IMPORT_MAX_ROWS,
            })}
          </p>
          <p>{t("fileProblem.nothingWritten")}</p>
        </div>
      ) : null}
      <form
        method="post"
        encType="multipart/form-data"
        action={formAction}
        className="space-y-3 rounded-md border border-line bg-paper-raised p-4"
      >
        <div className="space-y-1">
          <label htmlFor={inputId} className="block font-semibold">
            {t("upload.label")}
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-ink-muted">
            {t("upload.hint", { rows: IMPORT_MAX_ROWS, megabytes: MEGABYTES })}
          </p>
          <input
            id={inputId}
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${inputId}-hint`}
          />
        </div>
        <button type="submit" className={buttonClass()}>
          {t("upload.submit")}
        </button>
      </form>
      <details>
        <summary className="cursor-pointer font-semibold">{t("columnsHeading")}</summary>
        <table className="mt-2 w-full text-start text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pe-3">
                {t("columns.header.column")}
              </th>
              <th scope="col" className="py-1 pe-3">
                {t("columns.header.use")}
              </th>
              <th scope="col" className="py-1">
                {t("columns.header.meaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {describeColumns(segment).map((column) => (
              <tr key={column.name} className="border-t border-line align-top">
                <th scope="row" className="py-1 pe-3 font-mono font-normal">
                  {column.name}
                </th>
                <td className="py-1 pe-3">{column.use}</td>
                <td className="py-1">
                  {column.meaning}
                  {column.allowed ? <span className="block font-mono text-ink-muted">{column.allowed}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
