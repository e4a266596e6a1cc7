// Next.js calls onRequestError for every error that escapes a page, a server action or a route handler: each is
// written as one JSON line through the app's logger (lib/log/logger.ts), so an operator finds the route, the user
// and the stack of a failed request. Next requires this file at the repository root.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The logger and the session cookie's decoder are Node modules; this app runs no Edge code.
  // eslint-disable-next-line no-restricted-properties -- Next replaces this literal when it compiles each runtime
  if (process.env.NEXT_RUNTIME === "edge") return;
  const { logRequestError } = await import("@/lib/http/log-request-error");
  await logRequestError(error, request, context);
};
