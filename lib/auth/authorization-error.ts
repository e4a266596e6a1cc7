// Thrown when the signed-in user (or nobody) may not do what was asked. Server actions turn it into a refusal state
// (lib/actions/safe-action.ts), route handlers into 401/403, pages into a sign-in redirect or the forbidden notice.
export type RefusalReason = "unauthenticated" | "forbidden";

export class AuthorizationError extends Error {
  override readonly name = "AuthorizationError";

  constructor(
    readonly reason: RefusalReason,
    message = reason === "unauthenticated" ? "Sign-in required" : "Not allowed",
  ) {
    super(message);
  }
}
