// The answer to GET /secretariat/exports/<format> (app/[locale]/secretariat/exports/[format]/route.ts, through the signed-in
// route wrapper): authorize, count the download against the person's allowance, read the filters, stream the file.
// A refusal (AuthorizationError) or a spent allowance (TooManyRequestsError) is thrown for the wrapper to answer.
import "server-only";
import { Readable } from "node:stream";
import type { SessionUser } from "@/lib/auth/session-user";
import { filtersToQuery, parseCommitmentFilters, pickFilters } from "@/lib/domain/commitment-filters";
import { listFilterOptions } from "@/lib/data/public/list-filter-options";
import { defaultLocale } from "@/lib/i18n/locales";
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
import { downloadsTranslator } from "@/lib/http/answer";
import { NO_STORE, plainText } from "@/lib/http/responses";
import { logger } from "@/lib/log/logger";
import { textStream } from "@/lib/open-data/text-stream";
import { publicUrls } from "@/lib/open-data/urls";
import { spendDownloadAllowance } from "./export-rate-limit";

function parseExportScope(value: string | null): ExportScope {
  return value === "all" ? "all" : "public";
}

export async function exportResponse(
  user: SessionUser | null,
  format: string,
  searchParams: URLSearchParams,
  now = new Date(),
): Promise<Response> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return plainText(404, downloadsTranslator()("notFound"));
  const scope = parseExportScope(searchParams.get("scope"));
  const reader = await authorizeSecretariat(user, {
    attempted: "export.download",
    entityType: "export",
    entityId: format,
  });
  await spendDownloadAllowance(reader.id);

  // The public explorer's filters, parsed its way (pickFilters drops the page number).
  const filters = pickFilters(
    parseCommitmentFilters(Object.fromEntries(searchParams), await listFilterOptions(defaultLocale)),
  );
  const source = await secretariatExportSource(user, filters, scope);
  const kind = format as ExportFormat;
  const context = { urls: publicUrls(env.APP_URL) };
  const meta = { generatedAt: now, scope, filters: filtersToQuery(filters) };
  // The stream is read after the handler has returned: its log lines keep the request's context from here.
  const log = logger.child({ format: kind });
  const onError = (error: unknown) => log.error("Export failed while streaming", { error });
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
