// The one wrapper of every signed-in route handler (the secretariat's downloads). A route handler is its own entry
// point, so nothing in front of it has checked anything: the wrapper loads the session user and hands it to the
// handler, whose read authorizes it (lib/auth/authorize-secretariat.ts) where the data is read. The wrapper turns
// what comes back into the answer:
//   - AuthorizationError: 401 (nobody signed in) or 403, logged, and recorded in the audit log by the check itself;
//   - TooManyRequestsError: 429 with Retry-After;
//   - anything unexpected: 500, logged once with the route, the user id and the stack;
// each as a page of the site for a browser and in plain words for a script (./answer.ts). Every answer is no-store
// and carries X-Request-Id, the id its log lines carry. The public API has its own, cached wrapper
// (lib/api/public-api-route.ts); those are the two ways a route handler is written.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";
import { requestIdOf, setRequestUser, withRequestContext } from "@/lib/log/request-context";
import { answer } from "./answer";
import type { WayBack } from "./answer-pages";
import { NO_STORE } from "./responses";
import { TooManyRequestsError } from "./too-many-requests-error";

type Params = Record<string, string | string[]>;

export type SignedInRouteOptions<P extends Params> = {
  /** The route's pattern, as its folder names it (`/secretariat/exports/[format]`): its log lines carry it. */
  route: string;
  /** Where a person who clicked a link to this route goes back to from a refusal, a limit or a failure. */
  back: WayBack | ((params: P, url: URL) => WayBack);
};

export type SignedInRequest<P extends Params> = { user: SessionUser | null; request: Request; params: P };

export function signedInRoute<P extends Params = Record<string, never>>(
  options: SignedInRouteOptions<P>,
  handler: (input: SignedInRequest<P>) => Promise<Response>,
) {
  async function GET(request: Request, context?: { params: Promise<P> }): Promise<Response> {
    const requestId = requestIdOf(request.headers);
    return withRequestContext({ requestId, route: options.route, method: request.method }, async () => {
      const params = ((await context?.params) ?? {}) as P;
      const url = new URL(request.url);
      const details = {
        back: typeof options.back === "function" ? options.back(params, url) : options.back,
        from: `${url.pathname}${url.search}`,
        reference: requestId,
      };
      let response: Response;
      try {
        const user = await getSessionUser();
        if (user) setRequestUser(user.id);
        response = await handler({ user, request, params });
      } catch (error) {
        unstable_rethrow(error);
        if (error instanceof AuthorizationError) {
          const status = error.reason === "unauthenticated" ? 401 : 403;
          logger.warn("Refused", { status, reason: error.reason });
          response = await answer(request, status === 401 ? "sign-in" : "forbidden", status, details);
        } else if (error instanceof TooManyRequestsError) {
          const { retryAfterSeconds } = error;
          logger.warn("Rate limited", { status: 429, retryAfterSeconds });
          const retryAfter = { "Retry-After": String(retryAfterSeconds) };
          response = await answer(request, "limit", 429, { ...details, retryAfterSeconds }, retryAfter);
        } else {
          logger.error("Request failed", { status: 500, error });
          response = await answer(request, "failed", 500, details);
        }
      }
      response.headers.set("Cache-Control", NO_STORE["Cache-Control"]);
      response.headers.set("X-Request-Id", requestId);
      return response;
    });
  }
  // The authorization matrix checks that every signed-in route is built here and names its own folder.
  return Object.assign(GET, { signedInRoute: options.route });
}
