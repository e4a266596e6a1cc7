// What every log line of one request shares: its id, route, method and, once known, the signed-in user. The two
// route handler wrappers (lib/http/signed-in-route.ts, lib/api/public-api-route.ts) open the context; the logger
// reads it, so code deep inside a request logs with it without passing it along.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = {
  requestId: string;
  /** The route's pattern (`/secretariat/exports/[format]`), never the concrete path: paths can carry tokens. */
  route: string;
  method: string;
  userId?: string;
};

const storage = new AsyncLocalStorage<RequestContext>();

/** A request id a proxy or client may set: short, and nothing that could break a log line or forge another. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === "string" && REQUEST_ID.test(value);
}

/** The request's `x-request-id` when it is a plausible id, otherwise a new one. */
export function requestIdOf(headers: Headers | Record<string, string | string[] | undefined>): string {
  const value = headers instanceof Headers ? headers.get("x-request-id") : headers["x-request-id"];
  const id = Array.isArray(value) ? value[0] : value;
  return isRequestId(id) ? id : randomUUID();
}

export function withRequestContext<T>(context: RequestContext, run: () => T): T {
  return storage.run(context, run);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Records who is signed in, once the request has loaded them: later lines carry their id. */
export function setRequestUser(userId: string): void {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
