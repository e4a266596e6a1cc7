// GET /secretariat/import/template/commitments-template.csv (or .xlsx, or progress-reports-template.*): the empty
// template of an import (lib/imports/template-response.ts).
import { signedInRoute } from "@/lib/http/signed-in-route";
import { templateResponse } from "@/lib/imports/template-response";

const route = {
  route: "/secretariat/import/template/[file]",
  back: { to: "import", href: "/secretariat/import" },
} as const;

export const GET = signedInRoute<{ file: string }>(route, ({ user, params }) => templateResponse(user, params.file));
