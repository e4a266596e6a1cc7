// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that check the routes' parameters and
// responses. Served at /api/v1/openapi.json and rendered as the docs page (/api/docs).
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { DATASET, LICENCE } from "@/lib/open-data/licence";
import { apiExamples } from "./examples";
import { PROBLEM_MEDIA_TYPE } from "./problem";
import { API_OPERATIONS, type ApiOperation } from "./operations";
import { Problem } from "./schemas/common";

const API_VERSION = "1.0.0";

type Examples = ReturnType<typeof apiExamples>;

const DESCRIPTION = [
  `${DATASET.description}`,
  "Read-only and open: no key, CORS allowed from any origin. Responses may be cached for a minute by shared caches " +
    "(Cache-Control) and carry an ETag for conditional requests (If-None-Match → 304).",
  "Lists are paginated with `page` and `per_page` (at most 100) and answer `{ data, meta, links }`; a single record " +
    "answers `{ data, links }`. Coded values are lower snake_case; dates are YYYY-MM-DD and moments ISO 8601 in UTC. " +
    "Records are identified by their slug.",
  "Errors are RFC 9457 problem details (application/problem+json): 400 for an invalid query parameter (unknown " +
    "parameters are ignored), 404 for an unknown slug.",
  "The whole dataset is also downloadable as CSV, XLSX and JSON, described by a Frictionless data package " +
    "(/data/datapackage.json).",
].join("\n\n");

function problemResponse(description: string, example: z.input<typeof Problem>) {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: Problem, example } } };
}

function registerOperation(
  registry: OpenAPIRegistry,
  operationId: string,
  operation: ApiOperation,
  examples: Examples,
) {
  const example = operation.example ? { example: examples[operation.example] } : {};
  const responses: RouteConfig["responses"] = {
    200: { description: "OK", content: { "application/json": { schema: operation.response, ...example } } },
  };
  if (operation.query) responses[400] = problemResponse("A query parameter is not valid.", examples.invalidParameters);
  if (operation.params) {
    const resource = operation.resource ?? "record";
    responses[404] = problemResponse(`No ${resource} has this slug.`, examples.notFound(resource, operation.path));
  }
  registry.registerPath({
    method: "get",
    path: operation.path,
    operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    request: { query: operation.query, params: operation.params },
    responses,
    "x-example-request": operation.exampleRequest,
  });
}

function generate(appUrl: string) {
  const registry = new OpenAPIRegistry();
  const examples = apiExamples(appUrl);
  registry.register("Problem", Problem);
  for (const [operationId, operation] of Object.entries(API_OPERATIONS)) {
    registerOperation(registry, operationId, operation, examples);
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: `${DATASET.title} API`,
      version: API_VERSION,
      description: DESCRIPTION,
      license: { name: LICENCE.title, identifier: LICENCE.name },
    },
    servers: [{ url: new URL("/api/v1", appUrl).href }],
    externalDocs: { description: "API documentation and data downloads", url: new URL("/api/docs", appUrl).href },
    tags: ["Commitments", "Members", "Themes", "Meetings", "Updates", "Document"].map((name) => ({ name })),
  });
}

export type OpenApiDocument = ReturnType<typeof generate>;

const documents = new Map<string, OpenApiDocument>();

/** The document for a deployment at `appUrl` (generated once per process: it only changes with the code). */
export function openApiDocument(appUrl: string): OpenApiDocument {
  let document = documents.get(appUrl);
  if (!document) {
    document = generate(appUrl);
    documents.set(appUrl, document);
  }
  return document;
}
