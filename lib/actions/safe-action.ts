// The one way a server action starts: every action in lib/actions is built with `authorizedAction`, which finds the
// signed-in user (from the database, per request: lib/auth/session.ts) and hands them to the action's handler.
// Nobody signed in, or an AuthorizationError thrown by the handler or the mutation it calls, becomes the form's
// "signed_out" or "refused" state (lib/forms/form-state.ts), with what was typed when `kept` says what that is, so a
// form can say so in plain words and lose nothing. Finer rules (whose data is this?) belong to the server-only
// mutation the handler calls: it reads the data it needs to decide.
import "server-only";
import { AuthorizationError, type RefusalReason } from "@/lib/auth/authorization-error";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { nextSubmission } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";

export type FormAction<State> = (previous: State, formData: FormData) => Promise<State>;

type AnyFormState = FormState<string, unknown>;

export function authorizedAction<State extends AnyFormState>(
  handler: (actor: SessionUser, formData: FormData, previous: State) => Promise<State>,
  kept?: (formData: FormData) => Partial<State>,
): FormAction<State> {
  const refused = (reason: RefusalReason, formData: FormData, previous: State): State =>
    ({
      ...kept?.(formData),
      status: reason === "unauthenticated" ? "signed_out" : "refused",
      submission: nextSubmission(previous),
    }) as State;
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
