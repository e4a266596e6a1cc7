// The wrapper of every public API route handler (GET /api/v1/…): public, read-only and cached, the counterpart of
// the signed-in routes' wrapper (lib/http/signed-in-route.ts). It checks the path and query parameters with the
// operation's documented schemas, runs the route, checks the response against its documented schema (which also
// drops any field not in it), and answers with the public headers (CORS, Cache-Control, ETag) — or with a
// problem+json body: 400 for bad parameters, 404 for an unknown slug, 500 (logged) for anything unexpected.
import "server-only";
import type { z } from "zod";
import { cachedPublicRead } from "@/lib/data/public/cache";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { requestIdOf, withRequestContext } from "@/lib/log/request-context";
import { isoDay } from "@/lib/domain/iso-day";
import { publicUrls, type PublicUrls } from "@/lib/open-data/urls";
import { CACHE_CONTROL, CORS_HEADERS, isNotModified, notModified, weakEtag } from "./http";
import { ApiProblem, internalError, notFound, problemResponse } from "./problem";
import type { ApiOperation } from "./operations";
import { canonicalSearch, parseQuery } from "./query";
import type { ProblemBody } from "./schemas/common";

type MaybePromise<T> = T | Promise<T>;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

type OutputOf<Schema> = Schema extends z.ZodType ? z.output<Schema> : Record<string, never>;

type RouteInput<Operation extends ApiOperation> = {
  query: OutputOf<Operation["query"]>;
  path: OutputOf<Operation["params"]>;
  /** The public address of this request (configured origin, the request's path and query). */
  self: URL;
  urls: PublicUrls;
};

/** The GET handler of an operation (lib/api/operations.ts): `handle` returns the body, or null when the record in
 * the path does not exist. */
export function publicApiRoute<Operation extends ApiOperation>(
  operation: Operation,
  handle: (input: RouteInput<Operation>) => MaybePromise<z.input<Operation["response"]> | null>,
) {
  const cacheControl = CACHE_CONTROL[operation.cacheControl ?? "api"];
  const knownParameters = operation.query ? Object.keys(operation.query.shape) : [];
  const route = `/api/v1${operation.path}`;
  return async function GET(request: Request, context?: RouteContext): Promise<Response> {
    const url = new URL(request.url);
    const requestContext = { requestId: requestIdOf(request.headers), route, method: request.method };
    return withRequestContext(requestContext, async () => {
      try {
        const rawPath = (await context?.params) ?? {};
        const path = operation.params ? operation.params.safeParse(rawPath) : { success: true as const, data: {} };
        if (!path.success) throw new ApiProblem(notFoundProblem(operation.resource, rawPath));
        const query = operation.query ? parseQuery(operation.query, url.searchParams) : {};
        const self = new URL(`${url.pathname}${canonicalSearch(url.searchParams, knownParameters)}`, env.APP_URL);
        const render = async (_key?: string, _day?: string) => {
          const body = await handle({
            query: query as RouteInput<Operation>["query"],
            path: path.data as RouteInput<Operation>["path"],
            self,
            urls: publicUrls(env.APP_URL),
          });
          return body === null ? null : JSON.stringify(operation.response.parse(body));
        };
        // Data is served from the public data cache (docs/decisions/0004-public-data-caching.md), keyed by the
        // canonical request and the day (schedule and freshness move on at midnight), and dropped when public data
        // changes.
        const json =
          operation.tag === "Document"
            ? await render()
            : await cachedPublicRead(`api ${operation.path}`, render)(
                `${self.pathname}${self.search}`,
                isoDay(new Date()),
              );
        if (json === null) throw new ApiProblem(notFoundProblem(operation.resource, rawPath));
        return jsonResponse(request, json, cacheControl);
      } catch (error) {
        if (error instanceof ApiProblem) return problemResponse(error.problem, url.pathname);
        logger.error("Request failed", { status: 500, error });
        return problemResponse(internalError(), url.pathname);
      }
    });
  };
}

function notFoundProblem(resource = "record", path: Record<string, string | string[]>): ProblemBody {
  const slug = String(path.slug ?? "").slice(0, 120);
  return notFound(`No ${resource} has the slug "${slug}".`);
}

function jsonResponse(request: Request, json: string, cacheControl: string): Response {
  const etag = weakEtag(json);
  if (isNotModified(request, etag)) return notModified(etag, cacheControl);
  return new Response(json, {
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": cacheControl,
      ETag: etag,
    },
  });
}
