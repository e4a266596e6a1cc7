import { getTranslations } from "next-intl/server";
import { OPEN_DATA_TABLES, TABLE_NAMES, type Table } from "@/lib/open-data/columns";
import { isolate } from "@/lib/i18n/isolate";

const cell = "border-b border-line px-3 py-2 align-top";

/** The data dictionary: every column of every file, from the definitions that write the files. */
export async function ColumnDictionary({ headingId }: { headingId: string }) {
  const t = await getTranslations("openData.dictionary");
  return (
    <section aria-labelledby={headingId} className="space-y-6">
      <h2 id={headingId} className="text-2xl">
        {t("heading")}
      </h2>
      <p className="max-w-3xl">{t("intro")}</p>
      {TABLE_NAMES.map((name) => {
        const table: Table<never> = OPEN_DATA_TABLES[name];
        const file = `${name}.csv`;
        return (
          <section key={name} id={`table-${name}`} aria-labelledby={`table-${name}-heading`} className="space-y-2">
            <h3 id={`table-${name}-heading`} className="text-xl">
              <code>{file}</code> · {table.title}
            </h3>
            <p className="max-w-3xl">{table.description}</p>
            <ul className="list-disc space-y-1 ps-6 text-sm">
              <li>{t("primaryKey", { column: table.primaryKey })}</li>
              {table.foreignKeys.map((key) => (
                <li key={key.fields}>
                  {t("foreignKey", {
                    column: key.fields,
                    target: key.reference.fields,
                    file: `${key.reference.resource || name}.csv`,
                  })}
                </li>
              ))}
            </ul>
            <div
              className="overflow-x-auto"
              tabIndex={0}
              role="region"
              aria-label={t("caption", { file: isolate(file) })}
            >
              <table className="w-full border-collapse text-sm">
                <caption className="pb-2 text-start font-medium text-ink-muted">{t("caption", { file })}</caption>
                <thead>
                  <tr className="bg-paper-raised">
                    {[t("column"), t("type"), t("required"), t("description")].map((header) => (
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
                  {table.columns.map((column) => (
                    <tr key={column.name}>
                      <th scope="row" className={`${cell} text-start font-medium`}>
                        <code>{column.name}</code>
                      </th>
                      <td className={cell}>
                        <code>{column.format ? `${column.type} (${column.format})` : column.type}</code>
                      </td>
                      <td className={cell}>{column.constraints?.required ? t("yes") : t("no")}</td>
                      <td className={cell}>
                        {column.description}
                        {column.constraints?.enum && (
                          <span className="block text-ink-muted">
                            {t("allowed")}: {column.constraints.enum.join(", ")}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </section>
  );
}
