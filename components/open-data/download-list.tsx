import { getTranslations } from "next-intl/server";
import { OPEN_DATA_TABLES } from "@/lib/open-data/columns";
import { DOWNLOAD_FILES } from "@/lib/open-data/download-files";

/** Every file of the bulk download, with its format and what it holds. */
export async function DownloadList({ headingId }: { headingId: string }) {
  const t = await getTranslations("openData.downloads");
  const describe = (file: (typeof DOWNLOAD_FILES)[number]) => {
    if (file.table) return t("describe.table", { description: OPEN_DATA_TABLES[file.table].description });
    return t(`describe.${file.kind}`);
  };
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-2xl">
        {t("heading")}
      </h2>
      <p className="max-w-3xl">{t("intro")}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption")}>
        <table className="w-full border-collapse text-sm">
          <caption className="pb-2 text-start font-medium text-ink-muted">{t("caption")}</caption>
          <thead>
            <tr className="bg-paper-raised">
              {[t("file"), t("format"), t("contents")].map((header) => (
                <th
                  key={header}
                  scope="col"
                  className="border-b-2 border-line-strong px-3 py-2 text-start font-semibold"
                >
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DOWNLOAD_FILES.map((file) => (
              <tr key={file.file}>
                <th scope="row" className="border-b border-line px-3 py-2 text-start font-medium">
                  <a href={`/data/${file.file}`} download={file.kind === "datapackage" ? undefined : file.file}>
                    {file.file}
                  </a>
                </th>
                <td className="border-b border-line px-3 py-2">{t(`formats.${file.format}`)}</td>
                <td className="border-b border-line px-3 py-2">{describe(file)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
