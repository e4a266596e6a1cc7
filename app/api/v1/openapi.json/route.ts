import { CACHE_CONTROL, CORS_HEADERS, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export function GET(): Response {
  return Response.json(openApiDocument(env.APP_URL), {
    headers: { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL.document },
  });
}

export const OPTIONS = preflight;
