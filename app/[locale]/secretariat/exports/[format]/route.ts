// GET /secretariat/exports/csv|xlsx|json?<the explorer's filters>&scope=public|all — the secretariat's export,
// streamed as it is read. lib/reporting/export-response.ts authorizes, counts the download against the person's
// allowance and reads the filters; the wrapper turns a refusal or the limit into the answer.
import { signedInRoute } from "@/lib/http/signed-in-route";
import { exportResponse } from "@/lib/reporting/export-response";

const route = {
  route: "/secretariat/exports/[format]",
  back: { to: "exports", href: "/secretariat/exports" },
} as const;

export const GET = signedInRoute<{ format: string }>(route, ({ user, request, params }) =>
  exportResponse(user, params.format, new URL(request.url).searchParams),
);
