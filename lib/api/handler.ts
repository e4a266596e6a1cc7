// The one wrapper of the API's route handlers: reads and checks the path and query parameters, runs the route, checks
// the response against its documented schema (which also drops any field not in it), and answers with the public
// headers (CORS, Cache-Control, ETag) — or with a problem+json body: 400 for bad parameters, 404 for an unknown
// slug, 500 (logged) for anything unexpected.
import "server-only";
import type { z } from "zod";
import { env } from "@/lib/env";
import { publicUrls, type PublicUrls } from "@/lib/open-data/urls";
import { CACHE_CONTROL, CORS_HEADERS, isNotModified, notModified, weakEtag } from "./http";
import { pageLinks, pageMeta, type PageRequest } from "./pagination";
import { ApiProblem, internalError, notFound, PROBLEM_MEDIA_TYPE } from "./problem";
import { parseQuery } from "./query";
import type { ProblemBody } from "./schemas/common";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

type RouteInput<Query, Path> = {
  query: Query;
  path: Path;
  /** The public address of this request (configured origin, the request's path and query). */
  self: URL;
  urls: PublicUrls;
};

type RouteOptions<Response extends z.ZodType, Query extends z.ZodObject, Path extends z.ZodObject> = {
  query?: Query;
  path?: Path;
  /** What the records are called, for the 404 message ("No commitment has the slug …"). */
  resource?: string;
  response: Response;
  cacheControl?: string;
  /** The response body, or null when the record in the path does not exist. */
  handle: (input: RouteInput<z.output<Query>, z.output<Path>>) => Promise<z.input<Response> | null>;
};

export function apiRoute<Response extends z.ZodType, Query extends z.ZodObject, Path extends z.ZodObject>(
  options: RouteOptions<Response, Query, Path>,
) {
  const cacheControl = options.cacheControl ?? CACHE_CONTROL.api;
  return async function GET(request: Request, context?: RouteContext): Promise<globalThis.Response> {
    const url = new URL(request.url);
    try {
      const rawPath = (await context?.params) ?? {};
      const path = options.path ? options.path.safeParse(rawPath) : { success: true as const, data: {} };
      if (!path.success) throw new ApiProblem(notFoundProblem(options.resource, rawPath));
      const query = options.query ? parseQuery(options.query, url.searchParams) : {};
      const self = new URL(`${url.pathname}${url.search}`, env.APP_URL);
      const body = await options.handle({
        query: query as z.output<Query>,
        path: path.data as z.output<Path>,
        self,
        urls: publicUrls(env.APP_URL),
      });
      if (body === null) throw new ApiProblem(notFoundProblem(options.resource, rawPath));
      return jsonResponse(request, JSON.stringify(options.response.parse(body)), cacheControl);
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error.problem, url.pathname);
      console.error(`[api] GET ${url.pathname}${url.search} failed`, error);
      return problemResponse(internalError(), url.pathname);
    }
  };
}

function notFoundProblem(resource = "record", path: Record<string, string | string[]>): ProblemBody {
  const slug = String(path.slug ?? "").slice(0, 120);
  return notFound(`No ${resource} has the slug "${slug}".`);
}

function jsonResponse(request: Request, json: string, cacheControl: string): globalThis.Response {
  const etag = weakEtag(json);
  if (isNotModified(request, etag)) return notModified(etag, cacheControl);
  return new Response(json, {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": cacheControl, ETag: etag },
  });
}

export function problemResponse(problem: ProblemBody, instance: string): globalThis.Response {
  return new Response(JSON.stringify({ ...problem, instance }), {
    status: problem.status,
    headers: { ...CORS_HEADERS, "Content-Type": `${PROBLEM_MEDIA_TYPE}; charset=utf-8`, "Cache-Control": CACHE_CONTROL.none },
  });
}

/** The envelope of a list: a page of records with its meta and links. */
export function listBody<T>(data: T[], total: number, page: PageRequest, self: URL) {
  const meta = pageMeta(total, page);
  return { data, meta, links: pageLinks(self, meta) };
}

/** The envelope of one record. */
export function oneBody<T>(data: T, self: URL) {
  return { data, links: { self: self.href } };
}
