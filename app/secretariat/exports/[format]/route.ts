// GET /secretariat/exports/csv|xlsx|json?<the explorer's filters>&scope=public|all — the secretariat's export,
// streamed as it is read. A route handler is its own entry point: lib/reporting/export-response.ts checks the
// session and role, the rate limit and the filters itself.
import { getSessionUser } from "@/lib/auth/session";
import { exportResponse } from "@/lib/reporting/export-response";

type Context = { params: Promise<{ format: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const [{ format }, user] = await Promise.all([params, getSessionUser()]);
  return exportResponse(user, format, new URL(request.url).searchParams);
}
