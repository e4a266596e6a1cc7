// Readiness for load balancers: 200 when the database answers and its migrations are current, else 503 with one
// line per problem. Machine text, never cached, no session (lib/health/check-readiness.ts).
import { checkReadiness } from "@/lib/health/check-readiness";
import { plainText } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { ready, problems } = await checkReadiness();
  return ready ? plainText(200, "ready") : plainText(503, ["not ready", ...problems].join("\n"));
}
