// The answer to GET /secretariat/exports/<format>: the route handler only finds the signed-in user and calls this,
// so the whole answer (refusals, rate limit, filters, streaming) is testable without a running server.
import "server-only";
import { Readable } from "node:stream";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { filtersToQuery, parseCommitmentFilters, pickFilters } from "@/lib/data/public/commitment-filters";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { secretariatExportSource } from "@/lib/data/secretariat/reporting/export-source";
import { contentDisposition, secretariatExportFilename } from "@/lib/domain/export-filename";
import { env } from "@/lib/env";
import {
  csvExportChunks,
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  jsonExportChunks,
  xlsxExportStream,
  type ExportFormat,
} from "@/lib/exports/secretariat-export";
import type { ExportScope } from "@/lib/exports/secretariat-tables";
import { textStream } from "@/lib/open-data/text-stream";
import { publicUrls } from "@/lib/open-data/urls";
import { consumeExportAllowance } from "./export-rate-limit";
import { reportingTranslator } from "./translator";

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function plainText(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8", ...headers },
  });
}

/** 401 or 403 for a refused reader, in plain words. */
export function refusalResponse(error: AuthorizationError): Response {
  const t = reportingTranslator();
  return error.reason === "unauthenticated"
    ? plainText(401, t("http.unauthenticated"))
    : plainText(403, t("http.forbidden"));
}

/** 429 with Retry-After when the user has used up their downloads; null when the download may go ahead. */
export async function rateLimited(user: { id: string }): Promise<Response | null> {
  const decision = await consumeExportAllowance(user.id);
  if (decision.allowed) return null;
  const minutes = Math.ceil(decision.retryAfterSeconds / 60);
  return plainText(429, reportingTranslator()("http.rateLimited", { minutes }), {
    "Retry-After": String(decision.retryAfterSeconds),
  });
}

export function parseExportScope(value: string | null): ExportScope {
  return value === "all" ? "all" : "public";
}

export async function exportResponse(
  user: SessionUser | null,
  format: string,
  searchParams: URLSearchParams,
  now = new Date(),
): Promise<Response> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    return plainText(404, reportingTranslator()("http.notFound"));
  const scope = parseExportScope(searchParams.get("scope"));
  let reader: { id: string };
  try {
    reader = await authorizeSecretariat(user, { attempted: "export.download", entityType: "export", entityId: format });
  } catch (error) {
    if (error instanceof AuthorizationError) return refusalResponse(error);
    throw error;
  }
  const limited = await rateLimited(reader);
  if (limited) return limited;

  // The public explorer's filters, parsed its way (pickFilters drops the page number).
  const filters = pickFilters(parseCommitmentFilters(Object.fromEntries(searchParams), await listFilterOptions()));
  const source = await secretariatExportSource(user, filters, scope);
  const kind = format as ExportFormat;
  const context = { urls: publicUrls(env.APP_URL) };
  const meta = { generatedAt: now, scope, filters: filtersToQuery(filters) };
  const onError = (error: unknown) => console.error(`[exports] ${kind} export failed while streaming`, error);
  const body =
    kind === "xlsx"
      ? (Readable.toWeb(xlsxExportStream(source, context, meta).on("error", onError)) as ReadableStream<Uint8Array>)
      : textStream(
          kind === "csv" ? csvExportChunks(source, context) : jsonExportChunks(source, context, meta),
          onError,
        );
  const filename = secretariatExportFilename(scope, filters, now, kind);
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": EXPORT_MEDIA_TYPES[kind],
      "Content-Disposition": contentDisposition(filename),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
