// GET /secretariat/reports/<cycle>/pdf?member=…&theme=… — the accountability report as an A4 PDF. A route handler is
// its own entry point: lib/reporting/report-pdf-response.ts authorizes, rate limits and renders.
import { getSessionUser } from "@/lib/auth/session";
import { reportPdfResponse } from "@/lib/reporting/report-pdf-response";

type Context = { params: Promise<{ cycle: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const [{ cycle }, user] = await Promise.all([params, getSessionUser()]);
  return reportPdfResponse(user, cycle, new URL(request.url).searchParams, request.headers.get("cookie"));
}
