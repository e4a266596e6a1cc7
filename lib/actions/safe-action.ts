// The one way a server action starts: every action in lib/actions is built with `authorizedAction`, which finds the
// signed-in user (from the database, per request: lib/auth/session.ts) and hands them to the action's handler.
// Nobody signed in, or an AuthorizationError thrown by the handler or the mutation it calls, becomes the action's
// own "refused" state, so a form can say so in plain words and keep what was typed. Finer rules (whose data is
// this?) belong to the server-only mutation the handler calls: it reads the data it needs to decide.
import "server-only";
import { AuthorizationError, type RefusalReason } from "@/lib/auth/authorization-error";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

export type FormAction<State> = (previous: State, formData: FormData) => Promise<State>;

export function authorizedAction<State>(
  handler: (actor: SessionUser, formData: FormData, previous: State) => Promise<State>,
  refused: (reason: RefusalReason, formData: FormData, previous: State) => State,
): FormAction<State> {
  return async (previous, formData) => {
    const actor = await getSessionUser();
    if (!actor) return refused("unauthenticated", formData, previous);
    try {
      return await handler(actor, formData, previous);
    } catch (error) {
      // Anything else (including Next's redirect and notFound signals) must keep propagating.
      if (error instanceof AuthorizationError) return refused(error.reason, formData, previous);
      throw error;
    }
  };
}
