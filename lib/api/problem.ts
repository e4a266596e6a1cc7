// Errors of the API as RFC 9457 problem details. Each `type` is a link to its explanation on the API docs page.
import { NO_STORE } from "@/lib/http/responses";
import { CORS_HEADERS } from "./http";
import type { ProblemBody } from "./schemas/common";

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

export const PROBLEM_TYPES = {
  invalidParameters: "/api/docs#problem-invalid-parameters",
  notFound: "/api/docs#problem-not-found",
  internal: "/api/docs#problem-internal",
} as const;

export type ParameterError = NonNullable<ProblemBody["errors"]>[number];

/** Thrown by a route to answer with a problem instead of data. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail);
    this.name = "ApiProblem";
  }
}

export function invalidParameters(errors: ParameterError[]): ProblemBody {
  return {
    type: PROBLEM_TYPES.invalidParameters,
    title: "Invalid query parameters",
    status: 400,
    detail:
      errors.length === 1
        ? (errors[0]?.detail ?? "A query parameter is not valid.")
        : `${errors.length} query parameters are not valid; see errors.`,
    errors,
  };
}

export function notFound(detail: string): ProblemBody {
  return { type: PROBLEM_TYPES.notFound, title: "Not found", status: 404, detail };
}

export function internalError(): ProblemBody {
  return {
    type: PROBLEM_TYPES.internal,
    title: "Internal error",
    status: 500,
    detail: "The request could not be answered. Please try again later.",
  };
}

/** A problem as the response: public (CORS, like every API answer), never cached. */
export function problemResponse(problem: ProblemBody, instance: string): Response {
  return new Response(JSON.stringify({ ...problem, instance }), {
    status: problem.status,
    headers: { ...CORS_HEADERS, ...NO_STORE, "Content-Type": `${PROBLEM_MEDIA_TYPE}; charset=utf-8` },
  });
}
