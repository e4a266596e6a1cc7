// Thrown when the signed-in user (or nobody) may not do what was asked. Server actions turn it into a refusal state
// (lib/actions/safe-action.ts), signed-in route handlers into 401/403 (lib/http/signed-in-route.ts), pages into a
// sign-in redirect or the 403 page (lib/data/secretariat/read-for-page.ts).
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
