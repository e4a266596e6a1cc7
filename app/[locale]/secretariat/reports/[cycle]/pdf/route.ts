// GET /secretariat/reports/<cycle>/pdf?member=…&theme=… — the accountability report as an A4 PDF.
// lib/reporting/report-pdf-response.ts authorizes, counts the download against the person's allowance and renders;
// the wrapper turns a refusal or the limit into the answer.
import { signedInRoute } from "@/lib/http/signed-in-route";
import { reportPdfResponse } from "@/lib/reporting/report-pdf-response";
import { parseReportScope, reportPath } from "@/lib/reporting/report-path";

export const GET = signedInRoute<{ cycle: string }>(
  {
    route: "/secretariat/reports/[cycle]/pdf",
    back: ({ cycle }, url) => ({
      to: "report",
      href: reportPath(cycle, parseReportScope(Object.fromEntries(url.searchParams))),
    }),
  },
  ({ user, request, params }) =>
    reportPdfResponse(user, params.cycle, new URL(request.url).searchParams, request.headers.get("cookie")),
);
