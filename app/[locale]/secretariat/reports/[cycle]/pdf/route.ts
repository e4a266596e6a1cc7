// GET /[<locale>/]secretariat/reports/<cycle>/pdf?member=…&theme=…&lang=… — the accountability report as an A4 PDF, in
// the language of the address unless `lang` names another.
// lib/reporting/report-pdf-response.ts authorizes, counts the download against the person's allowance and renders;
// the wrapper turns a refusal or the limit into the answer.
import { signedInRoute } from "@/lib/http/signed-in-route";
import { reportPdfResponse } from "@/lib/reporting/report-pdf-response";
import { parseReportScope, reportPath } from "@/lib/reporting/report-path";

export const GET = signedInRoute<{ locale: string; cycle: string }>(
  {
    route: "/secretariat/reports/[cycle]/pdf",
    back: ({ cycle }, url) => ({
      to: "report",
      href: reportPath(cycle, parseReportScope(Object.fromEntries(url.searchParams))),
    }),
  },
  ({ user, request, params }) => {
    // The address names the language (/ar/secretariat/reports/…/pdf); a `lang` in the query (the links of the
    // reports page, which offer every language from any page) says it explicitly and wins.
    const searchParams = new URL(request.url).searchParams;
    if (!searchParams.has("lang")) searchParams.set("lang", params.locale);
    return reportPdfResponse(user, params.cycle, searchParams, request.headers.get("cookie"));
  },
);
