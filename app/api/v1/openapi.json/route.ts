import { publicApiRoute } from "@/lib/api/public-api-route";
import { preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { API_OPERATIONS } from "@/lib/api/operations";
import { env } from "@/lib/env";

export const GET = publicApiRoute(API_OPERATIONS.getOpenApiDocument, () => ({ ...openApiDocument(env.APP_URL) }));

export const OPTIONS = preflight;
