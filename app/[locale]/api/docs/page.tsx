import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { sitePreview } from "@/components/link-previews/site-preview";
import { ApiOperation } from "@/components/open-data/api-operation";
import { CodeBlock } from "@/components/open-data/code-block";
import { DownloadList } from "@/components/open-data/download-list";
import { LicenceStatement } from "@/components/open-data/licence-statement";
import { SchemaFields } from "@/components/open-data/schema-fields";
import { docsOperations, docsSchemas } from "@/lib/api/docs-model";
import { apiExamples } from "@/lib/api/examples";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/link-previews/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openData.apiPage");
  return pageMetadata(await sitePreview({ path: "/api/docs", title: t("metaTitle"), description: t("intro") }));
}

const PROBLEMS = [
  { id: "problem-invalid-parameters", key: "invalidParameters" },
  { id: "problem-not-found", key: "notFound" },
  { id: "problem-internal", key: "internal" },
] as const;

/** The API's documentation, rendered from the OpenAPI document that /api/v1/openapi.json serves. */
export default async function ApiDocsPage() {
  await connection(); // The base URL is configuration, read when the page is requested.
  const t = await getTranslations("openData.apiPage");
  const tPage = await getTranslations("openData");
  const document = openApiDocument(env.APP_URL);
  const serverUrl = document.servers?.[0]?.url ?? "/api/v1";
  const operations = docsOperations(document);
  const schemas = docsSchemas(document);
  const contents = [
    { href: "#start", label: t("startHeading") },
    { href: "#endpoints", label: t("endpointsHeading") },
    { href: "#errors", label: t("errorsHeading") },
    { href: "#schemas", label: t("schemasHeading") },
    { href: "#licence", label: (await getTranslations("openData.licence"))("heading") },
    { href: "#downloads", label: (await getTranslations("openData.downloads"))("heading") },
  ];
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-ink-muted">{t("intro")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a href="/api/v1/openapi.json">{t("documentLink")}</a>
          </li>
          <li>
            <Link href="/data">{t("dataLink")}</Link>
          </li>
        </ul>
      </header>

      <nav aria-label={tPage("onThisPage")}>
        <h2 className="text-lg">{tPage("onThisPage")}</h2>
        <ul className="list-disc ps-6">
          {contents.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
              {item.href === "#endpoints" && (
                <ul className="list-[circle] ps-6">
                  {operations.map((operation) => (
                    <li key={operation.id}>
                      <a href={`#operation-${operation.id}`}>
                        <code>
                          {operation.method} {operation.path}
                        </code>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="start" className="space-y-3">
        <h2 id="start" className="text-2xl">
          {t("startHeading")}
        </h2>
        <p>{t("baseUrl")}</p>
        <CodeBlock label={t("baseUrl")}>{serverUrl}</CodeBlock>
        <ul className="max-w-3xl list-disc space-y-2 ps-6">
          <li>{t("noKey")}</li>
          <li>{t("pagination")}</li>
          <li>{t("conventions")}</li>
          <li>{t("redacted")}</li>
          <li>{t("caching")}</li>
        </ul>
      </section>

      <section aria-labelledby="endpoints" className="space-y-6">
        <h2 id="endpoints" className="text-2xl">
          {t("endpointsHeading")}
        </h2>
        {operations.map((operation) => (
          <ApiOperation key={operation.id} operation={operation} serverUrl={serverUrl} />
        ))}
      </section>

      <section aria-labelledby="errors" className="space-y-4">
        <h2 id="errors" className="text-2xl">
          {t("errorsHeading")}
        </h2>
        <p className="max-w-3xl">{t("errorsIntro")}</p>
        {PROBLEMS.map((problem) => (
          <section key={problem.id} id={problem.id} aria-labelledby={`${problem.id}-heading`} className="space-y-1">
            <h3 id={`${problem.id}-heading`} className="text-lg">
              {t(`problems.${problem.key}.title`)}
            </h3>
            <p className="max-w-3xl">{t(`problems.${problem.key}.body`)}</p>
          </section>
        ))}
        <h3 className="text-lg">{t("exampleProblem")}</h3>
        <CodeBlock label={t("exampleProblem")}>{JSON.stringify(apiExamples(env.APP_URL).invalidParameters, null, 2)}</CodeBlock>
      </section>

      <section aria-labelledby="schemas" className="space-y-6">
        <h2 id="schemas" className="text-2xl">
          {t("schemasHeading")}
        </h2>
        <p className="max-w-3xl">{t("schemasIntro")}</p>
        {schemas.map((schema) => (
          <SchemaFields key={schema.name} schema={schema} />
        ))}
      </section>

      <div id="licence">
        <LicenceStatement headingId="licence-heading" />
      </div>
      <div id="downloads">
        <DownloadList headingId="downloads-heading" />
      </div>
    </article>
  );
}
