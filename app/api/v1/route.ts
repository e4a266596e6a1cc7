import { CACHE_CONTROL, CORS_HEADERS, preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/openapi";
import { env } from "@/lib/env";

/** The API's entry point: where its lists and its description are. */
export function GET(): Response {
  const at = (path: string) => new URL(`/api/v1${path}`, env.APP_URL).href;
  const lists = API_OPERATIONS.filter((operation) => !operation.path.includes("{"));
  return Response.json(
    {
      links: {
        ...Object.fromEntries(lists.map((operation) => [operation.path.slice(1), at(operation.path)])),
        openapi: at("/openapi.json"),
        docs: new URL("/api/docs", env.APP_URL).href,
        datapackage: new URL("/data/datapackage.json", env.APP_URL).href,
      },
    },
    { headers: { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL.document } },
  );
}

export const OPTIONS = preflight;
