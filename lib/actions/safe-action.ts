// The one way a server action starts: every action in lib/actions is built with `authorizedAction`, which finds the
// signed-in user (from the database, per request: lib/auth/session.ts) and hands them to the action's handler.
// Nobody signed in, or an AuthorizationError thrown by the handler or the mutation it calls, becomes the form's
// "signed_out" or "refused" state (lib/forms/form-state.ts), with what was typed when `kept` says what that is, so a
// form can say so in plain words and lose nothing. Finer rules (whose data is this?) belong to the server-only
// mutation the handler calls: it reads the data it needs to decide.
//
// Text PostgreSQL cannot store (a NUL character, half a surrogate pair: lib/forms/unstorable-text.ts) is refused here,
// for every form alike, before the handler runs: the form comes back "invalid" with that field's error and what was
// typed, and nothing is written.
import "server-only";
import { AuthorizationError, type RefusalReason } from "@/lib/auth/authorization-error";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { nextSubmission } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { formHasUnstorableText, UNSTORABLE_TEXT, unstorableTextErrors } from "@/lib/forms/unstorable-text";

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
  const unstorable = (formData: FormData, previous: State): State => {
    const keptState = kept?.(formData);
    const fieldErrors = unstorableTextErrors(keptState?.values);
    // Text outside what the form shows again (a hidden field) is still refused, as a problem of the whole form.
    if (Object.keys(fieldErrors).length === 0) fieldErrors.form = [UNSTORABLE_TEXT];
    return { ...keptState, status: "invalid", submission: nextSubmission(previous), fieldErrors } as State;
  };
  return async (previous, formData) => {
    const actor = await getSessionUser();
    if (!actor) return refused("unauthenticated", formData, previous);
    if (formHasUnstorableText(formData)) return unstorable(formData, previous);
    try {
      return await handler(actor, formData, previous);
    } catch (error) {
      // Anything else (including Next's redirect and notFound signals) must keep propagating.
      if (error instanceof AuthorizationError) return refused(error.reason, formData, previous);
      throw error;
    }
  };
}
