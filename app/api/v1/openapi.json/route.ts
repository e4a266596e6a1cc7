import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { CACHE_CONTROL, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export const GET = apiRoute({
  response: z.looseObject({ openapi: z.string() }),
  cacheControl: CACHE_CONTROL.document,
  handle: async () => ({ ...openApiDocument(env.APP_URL) }),
});

export const OPTIONS = preflight;
