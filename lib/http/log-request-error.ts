// What instrumentation.ts's onRequestError does with an error that escaped a page, a server action or a route
// handler (the two route wrappers catch and log their own): one log line with the request id, the route's pattern,
// the method, the user id when a session cookie names one, and the stack. The cookie is decoded only to read that
// id (it may belong to a session revoked since: the line says who the browser claimed to be); neither the cookie nor
// any other header is written.
import "server-only";
import { decode } from "next-auth/jwt";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-context";

export type ErroredRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
export type ErrorContext = { routePath: string; routeType: string };

export async function logRequestError(error: unknown, request: ErroredRequest, context: ErrorContext): Promise<void> {
  logger.error("Request failed", {
    requestId: requestIdOf(request.headers),
    // The route's pattern (`/invitation/[token]`), never request.path, which can carry an emailed link's token.
    route: context.routePath.replace(/\/(page|route)$/, "") || "/",
    method: request.method,
    userId: await sessionUserId(request.headers.cookie),
    routeType: context.routeType,
    error,
  });
}

async function sessionUserId(cookieHeader: string | string[] | undefined): Promise<string | undefined> {
  const name = `${sessionCookie().name}=`;
  const token = [cookieHeader ?? []]
    .flat()
    .flatMap((header) => header.split(";"))
    .map((part) => part.trim())
    .find((part) => part.startsWith(name))
    ?.slice(name.length);
  if (!token) return undefined;
  try {
    const claims = await decode({ token, secret: env.AUTH_SECRET });
    return typeof claims?.userId === "string" ? claims.userId : undefined;
  } catch {
    return undefined;
  }
}
