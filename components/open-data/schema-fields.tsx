import { getTranslations } from "next-intl/server";
import type { DocsSchema } from "@/lib/api/docs-model";
import { TypeLabel, TypeNotes } from "./type-label";
import { isolate } from "@/lib/i18n/isolate";

const cell = "border-b border-line px-3 py-2 align-top";

/** A schema of the API: its fields, or, for a coded value, its allowed values. */
export async function SchemaFields({ schema }: { schema: DocsSchema }) {
  const t = await getTranslations("openData.apiPage");
  const headingId = `schema-${schema.name}`;
  return (
    <section aria-labelledby={`${headingId}-heading`} id={headingId} className="space-y-2">
      <h3 id={`${headingId}-heading`} className="text-lg">
        <code>{schema.name}</code>
      </h3>
      {schema.description && <p className="max-w-3xl">{schema.description}</p>}
      {schema.fields.length === 0 ? (
        <p>
          <TypeLabel type={schema.type} /> <TypeNotes type={schema.type} />
        </p>
      ) : (
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={t("fieldsCaption", { schema: isolate(schema.name) })}
        >
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("fieldsCaption", { schema: schema.name })}</caption>
            <thead>
              <tr className="bg-paper-raised">
                {[t("field"), t("type"), t("required"), t("description")].map((header) => (
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
              {schema.fields.map((field) => (
                <tr key={field.name}>
                  <th scope="row" className={`${cell} text-start font-medium`}>
                    <code>{field.name}</code>
                  </th>
                  <td className={cell}>
                    <TypeLabel type={field.type} />
                  </td>
                  <td className={cell}>{field.required ? t("yes") : t("no")}</td>
                  <td className={cell}>
                    {field.description}
                    <TypeNotes type={field.type} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
