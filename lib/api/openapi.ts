// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that check the routes' parameters and
// responses. Served at /api/v1/openapi.json and rendered as the docs page (/api/docs).
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import { DATASET, LICENCE } from "@/lib/open-data/licence";
import { apiExamples } from "./examples";
import { PROBLEM_MEDIA_TYPE } from "./problem";
import { CommitmentList, CommitmentQuery, CommitmentResponse } from "./schemas/commitments";
import { ApiIndex, Problem } from "./schemas/common";
import { MeetingList } from "./schemas/meetings";
import { MemberList, MemberQuery, MemberResponse } from "./schemas/members";
import { PaginationQuery, SlugPath } from "./schemas/params";
import { ThemeList } from "./schemas/themes";
import { UpdateList, UpdateQuery } from "./schemas/updates";

export const API_VERSION = "1.0.0";

type Examples = ReturnType<typeof apiExamples>;

/** One GET operation; `exampleRequest` (relative to the server) is shown on the docs page and tried by the tests. */
export type ApiOperation = {
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  response: z.ZodType;
  example: keyof Examples;
  exampleRequest: string;
};

export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    path: "/commitments",
    operationId: "listCommitments",
    tag: "Commitments",
    summary: "List commitments",
    description:
      "Approved commitments, in the explorer's order (member, then title), with the explorer's filters. Filters " +
      "combine: a commitment must match every one given.",
    query: CommitmentQuery,
    response: CommitmentList,
    example: "commitmentList",
    exampleRequest: "/commitments?theme=institutional-mechanisms&status=in_progress",
  },
  {
    path: "/commitments/{slug}",
    operationId: "getCommitment",
    tag: "Commitments",
    summary: "Get a commitment",
    description: "One approved commitment with its milestones and every published progress update, newest first.",
    params: SlugPath,
    response: CommitmentResponse,
    example: "commitment",
    exampleRequest: "/commitments/colombia-gender-sub-committee",
  },
  {
    path: "/members",
    operationId: "listMembers",
    tag: "Members",
    summary: "List members",
    description: "Members of the Network, by name, with their approved commitments counted by status.",
    query: MemberQuery,
    response: MemberList,
    example: "memberList",
    exampleRequest: "/members?kind=member_state",
  },
  {
    path: "/members/{slug}",
    operationId: "getMember",
    tag: "Members",
    summary: "Get a member",
    description: "One member with its approved commitments counted by status.",
    params: SlugPath,
    response: MemberResponse,
    example: "member",
    exampleRequest: "/members/colombia",
  },
  {
    path: "/themes",
    operationId: "listThemes",
    tag: "Themes",
    summary: "List themes",
    description: "The Network's themes, in the taxonomy's order, with their approved commitments counted by status.",
    query: PaginationQuery,
    response: ThemeList,
    example: "themeList",
    exampleRequest: "/themes",
  },
  {
    path: "/meetings",
    operationId: "listMeetings",
    tag: "Meetings",
    summary: "List meetings",
    description: "The meetings where commitments were made or reported on, oldest first.",
    query: PaginationQuery,
    response: MeetingList,
    example: "meetingList",
    exampleRequest: "/meetings",
  },
  {
    path: "/updates",
    operationId: "listUpdates",
    tag: "Updates",
    summary: "List published updates",
    description:
      "Published progress updates on approved commitments, newest first. Drafts, updates waiting for review and " +
      "returned updates are never shown.",
    query: UpdateQuery,
    response: UpdateList,
    example: "updateList",
    exampleRequest: "/updates?since=2026-01-01",
  },
];

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

function registerOperation(registry: OpenAPIRegistry, operation: ApiOperation, examples: Examples) {
  const responses: RouteConfig["responses"] = {
    200: {
      description: "OK",
      content: { "application/json": { schema: operation.response, example: examples[operation.example] } },
    },
  };
  if (operation.query) responses[400] = problemResponse("A query parameter is not valid.", examples.invalidParameters);
  if (operation.params) responses[404] = problemResponse("No record has this slug.", examples.notFound);
  registry.registerPath({
    method: "get",
    path: operation.path,
    operationId: operation.operationId,
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
  for (const operation of API_OPERATIONS) registerOperation(registry, operation, examples);
  registry.registerPath({
    method: "get",
    path: "/",
    operationId: "getApiIndex",
    tags: ["Document"],
    summary: "Entry point",
    description: "Links to the lists, to this document and to the bulk downloads.",
    responses: { 200: { description: "OK", content: { "application/json": { schema: ApiIndex } } } },
    "x-example-request": "/",
  });
  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    tags: ["Document"],
    summary: "This document",
    description: "The OpenAPI 3.1 description of this API.",
    responses: { 200: { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
    "x-example-request": "/openapi.json",
  });
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
