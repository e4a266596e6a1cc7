// The answer to GET /secretariat/reports/<cycle>/pdf: authorize, check the cycle exists, count the download against
// the user's allowance, then print the report page to PDF (lib/reporting/render-report-pdf.ts).
import "server-only";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { contentDisposition, exportFilename } from "@/lib/domain/export-filename";
import { NO_STORE, plainText, rateLimited, refusalResponse } from "./export-response";
import { parseCookieHeader, renderReportPdf } from "./render-report-pdf";
import { parseReportScope, reportPath } from "./report-path";
import { reportingTranslator } from "./translator";

export async function reportPdfResponse(
  user: SessionUser | null,
  cycleSlug: string,
  searchParams: URLSearchParams,
  cookieHeader: string | null,
  now = new Date(),
): Promise<Response> {
  let reader: { id: string };
  try {
    reader = await authorizeSecretariat(user, {
      attempted: "reporting_cycle.report_pdf",
      entityType: "reporting_cycle",
      entityId: cycleSlug.slice(0, 120),
    });
  } catch (error) {
    if (error instanceof AuthorizationError) return refusalResponse(error);
    throw error;
  }
  const cycle = await db.reportingCycle.findUnique({ where: { slug: cycleSlug }, select: { slug: true } });
  if (!cycle) return plainText(404, reportingTranslator()("http.notFound"));
  const limited = await rateLimited(reader);
  if (limited) return limited;

  const scope = parseReportScope(Object.fromEntries(searchParams));
  let pdf: Buffer;
  try {
    pdf = await renderReportPdf(reportPath(cycle.slug, scope), parseCookieHeader(cookieHeader));
  } catch (error) {
    console.error(`[reports] PDF of ${cycle.slug} failed`, error);
    return plainText(502, reportingTranslator()("http.pdfFailed"));
  }
  const filename = exportFilename("report", [cycle.slug, scope.member, scope.theme], now, "pdf");
  return new Response(new Uint8Array(pdf), {
    headers: { ...NO_STORE, "Content-Type": "application/pdf", "Content-Disposition": contentDisposition(filename) },
  });
}
