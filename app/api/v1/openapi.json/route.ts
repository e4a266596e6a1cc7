import { apiRoute } from "@/lib/api/handler";
import { preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { API_OPERATIONS } from "@/lib/api/operations";
import { env } from "@/lib/env";

export const GET = apiRoute(API_OPERATIONS.getOpenApiDocument, async () => ({ ...openApiDocument(env.APP_URL) }));

export const OPTIONS = preflight;
