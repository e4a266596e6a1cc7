// Liveness for load balancers and supervisors: the process answers HTTP. Machine text, never cached, no session.
import { plainText } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return plainText(200, "ok");
}
