// Thrown when a person has used up an allowance (lib/reporting/export-rate-limit.ts): the signed-in route wrapper
// answers 429 with Retry-After, as a page for a browser and in plain text for a script.
export class TooManyRequestsError extends Error {
  override readonly name = "TooManyRequestsError";

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry after ${retryAfterSeconds} s`);
  }
}
