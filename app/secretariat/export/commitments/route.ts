// GET: every commitment with its latest status, as CSV, for the secretariat. Checks the session and the role
// itself (a route handler is its own entry point: nothing in front of it has authorized anything).
import { getSessionUser } from "@/lib/auth/session";
import { canUseSecretariatTools } from "@/lib/auth/policy";
import { listCommitmentsForExport } from "@/lib/data/secretariat/list-commitments-for-export";
import {
  COMMITMENTS_CSV_CONTENT_TYPE,
  commitmentsCsvFilename,
  serialiseCommitmentsCsv,
  toCommitmentsCsvRow,
} from "@/lib/exports/commitments-csv";
import { env } from "@/lib/env";
import { getTranslations } from "next-intl/server";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user || !canUseSecretariatTools(user)) {
    const t = await getTranslations("secretariat.exportRefused");
    return user ? refusal(403, t("forbidden")) : refusal(401, t("unauthenticated"));
  }

  const commitments = await listCommitmentsForExport(user);
  const csv = serialiseCommitmentsCsv(commitments.map((commitment) => toCommitmentsCsvRow(commitment, env.APP_URL)));
  return new Response(csv, {
    headers: {
      ...NO_STORE,
      "Content-Type": COMMITMENTS_CSV_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${commitmentsCsvFilename(new Date())}"`,
    },
  });
}

function refusal(status: 401 | 403, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
}
