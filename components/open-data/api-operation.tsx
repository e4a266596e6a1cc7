import { getTranslations } from "next-intl/server";
import type { DocsOperation } from "@/lib/api/docs-model";
import { CodeBlock } from "./code-block";
import { TypeLabel, TypeNotes } from "./type-label";
import { isolate } from "@/lib/i18n/isolate";

const cell = "border-b border-line px-3 py-2 align-top";

/** One endpoint of the API: what it answers, its parameters, an example request and response, its errors. */
export async function ApiOperation({ operation, serverUrl }: { operation: DocsOperation; serverUrl: string }) {
  const t = await getTranslations("openData.apiPage");
  const headingId = `operation-${operation.id}`;
  const title = `${operation.method} ${operation.path}`;
  const exampleUrl = operation.exampleRequest ? `${serverUrl}${operation.exampleRequest}` : null;
  return (
    <section aria-labelledby={headingId} className="space-y-4 border-t border-line pt-6">
      <h3 id={headingId} className="text-xl">
        <code>{title}</code> · {operation.summary}
      </h3>
      <p className="max-w-3xl">{operation.description}</p>
      {operation.responseSchema && (
        <p>
          {t.rich("responseSchema", {
            schema: operation.responseSchema,
            link: (chunks) => (
              <a href={`#schema-${operation.responseSchema}`}>
                <code>{chunks}</code>
              </a>
            ),
          })}
        </p>
      )}
      <h4 className="font-semibold">{t("parameters")}</h4>
      {operation.parameters.length === 0 ? (
        <p>{t("noParameters")}</p>
      ) : (
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={t("parametersCaption", { operation: isolate(title) })}
        >
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("parametersCaption", { operation: title })}</caption>
            <thead>
              <tr className="bg-paper-raised">
                {[t("name"), t("in"), t("type"), t("required"), t("description")].map((header) => (
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
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <th scope="row" className={`${cell} text-start font-medium`}>
                    <code>{parameter.name}</code>
                  </th>
                  <td className={cell}>{parameter.in === "path" ? t("location.path") : t("location.query")}</td>
                  <td className={cell}>
                    <TypeLabel type={parameter.type} />
                  </td>
                  <td className={cell}>{parameter.required ? t("yes") : t("no")}</td>
                  <td className={cell}>
                    {parameter.description}
                    <TypeNotes type={parameter.type} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {exampleUrl && (
        <>
          <h4 className="font-semibold">{t("exampleRequest")}</h4>
          <CodeBlock label={`${t("exampleRequest")}: ${title}`}>{`curl "${exampleUrl}"`}</CodeBlock>
          <p>
            <a href={exampleUrl}>{t("tryIt")}</a>
          </p>
        </>
      )}
      {operation.exampleResponse !== null && (
        <details className="space-y-2">
          <summary className="cursor-pointer font-semibold">{t("exampleResponse")}</summary>
          <CodeBlock label={`${t("exampleResponse")}: ${title}`}>
            {JSON.stringify(operation.exampleResponse, null, 2)}
          </CodeBlock>
        </details>
      )}
      {operation.errors.length > 0 && (
        <>
          <h4 className="font-semibold">{t("errorsFor")}</h4>
          <ul className="list-disc ps-6">
            {operation.errors.map((error) => (
              <li key={error.status}>
                <a href={error.status === "404" ? "#problem-not-found" : "#problem-invalid-parameters"}>
                  {error.status}
                </a>{" "}
                {error.description}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
