import { apiRoute } from "@/lib/api/handler";
import { CACHE_CONTROL, preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/openapi";
import { ApiIndex } from "@/lib/api/schemas/common";

/** The API's entry point: where its lists and its description are. */
export const GET = apiRoute({
  response: ApiIndex,
  cacheControl: CACHE_CONTROL.document,
  handle: async ({ urls }) => {
    const lists = API_OPERATIONS.filter((operation) => !operation.path.includes("{"));
    return {
      links: {
        ...Object.fromEntries(lists.map((operation) => [operation.path.slice(1), urls.api(operation.path)])),
        openapi: urls.api("/openapi.json"),
        docs: urls.at("/api/docs"),
        datapackage: urls.data("datapackage.json"),
      },
    };
  },
});

export const OPTIONS = preflight;
