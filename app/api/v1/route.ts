import { publicApiRoute } from "@/lib/api/public-api-route";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";

/** The API's entry point: where its lists, its description and the bulk downloads are. */
export const GET = publicApiRoute(API_OPERATIONS.getApiIndex, ({ urls }) => {
  const lists = Object.values(API_OPERATIONS).filter(({ path, tag }) => tag !== "Document" && !path.includes("{"));
  return {
    links: {
      ...Object.fromEntries(lists.map(({ path }) => [path.slice(1), urls.api(path)])),
      openapi: urls.api(API_OPERATIONS.getOpenApiDocument.path),
      docs: urls.at("/api/docs"),
      datapackage: urls.data("datapackage.json"),
    },
  };
});

export const OPTIONS = preflight;
