// The answer to GET /secretariat/reports/<cycle>/pdf (through the signed-in route wrapper): authorize, check the
// cycle exists, count the download against the person's allowance, then print the report page to PDF
// (lib/reporting/render-report-pdf.ts). A refusal or a spent allowance is thrown for the wrapper to answer.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { contentDisposition, exportFilename } from "@/lib/domain/export-filename";
import { isSlug } from "@/lib/domain/slug";
import { downloadsTranslator } from "@/lib/http/answer";
import { NO_STORE, plainText } from "@/lib/http/responses";
import { logger } from "@/lib/log/logger";
import { spendDownloadAllowance } from "./export-rate-limit";
import { parseCookieHeader, renderReportPdf } from "./render-report-pdf";
import { localizedPath } from "@/lib/i18n/localized-path";
import { parseReportLocale, parseReportScope, reportPath } from "./report-path";

export async function reportPdfResponse(
  user: SessionUser | null,
  cycleSlug: string,
  searchParams: URLSearchParams,
  cookieHeader: string | null,
  now = new Date(),
): Promise<Response> {
  const reader = await authorizeSecretariat(user, {
    attempted: "reporting_cycle.report_pdf",
    entityType: "reporting_cycle",
    entityId: cycleSlug.slice(0, 120),
  });
  const cycle = isSlug(cycleSlug)
    ? await db.reportingCycle.findUnique({ where: { slug: cycleSlug }, select: { slug: true } })
    : null;
  if (!cycle) return plainText(404, downloadsTranslator()("notFound"));
  await spendDownloadAllowance(reader.id);

  const scope = parseReportScope(Object.fromEntries(searchParams));
  let pdf: Buffer;
  try {
    // The report page in the language asked for (its fonts render Arabic and Chinese: tailwind.config.ts).
    const page = localizedPath(parseReportLocale(searchParams.get("lang")), reportPath(cycle.slug, scope));
    pdf = await renderReportPdf(page, parseCookieHeader(cookieHeader));
  } catch (error) {
    logger.error("The report PDF could not be rendered", { cycle: cycle.slug, status: 502, error });
    return plainText(502, downloadsTranslator()("pdfFailed"));
  }
  const filename = exportFilename("report", [cycle.slug, scope.member, scope.theme], now, "pdf");
  return new Response(new Uint8Array(pdf), {
    headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": contentDisposition(filename) },
  });
}
