// Builds the server actions of the secretariat console on the one authorizing wrapper (./safe-action.ts): the
// handler calls a mutation and redirects on success; whatever else happens comes back as a ConsoleFormState with
// what was typed.
import "server-only";
import { redirectInLocale } from "@/lib/i18n/redirect";
import type { SessionUser } from "@/lib/auth/session";
import { formValues, nextSubmission } from "@/lib/forms/form-data";
import type { MutationFailure } from "@/lib/mutations/mutation-result";
import type { ConsoleFormState } from "./form-states";
import { authorizedAction, type FormAction } from "./safe-action";

type Handler = (actor: SessionUser, formData: FormData, values: Record<string, string>) => Promise<MutationFailure>;

export function consoleAction(fields: readonly string[], handler: Handler): FormAction<ConsoleFormState> {
  return authorizedAction<ConsoleFormState>(
    async (actor, formData, previous) => {
      const values = formValues(formData, fields);
      const failure = await handler(actor, formData, values);
      return {
        status: failure.error,
        submission: nextSubmission(previous),
        values,
        fieldErrors: failure.error === "invalid" ? failure.fieldErrors : undefined,
      };
    },
    (formData) => ({ values: formValues(formData, fields) }),
  );
}

const KEPT_PARAM = /^[a-zA-Z]{1,20}$/;

/**
 * Back to a console list with a confirmation. `returnQuery` is the list's query string as the form was showing it
 * (a hidden field, so browser-controlled): only short, plainly named parameters survive, on our own path.
 */
export async function redirectWithDone(pathname: string, done: string, returnQuery = ""): Promise<never> {
  const query = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(returnQuery)) {
    if (KEPT_PARAM.test(key) && key !== "done" && value.length <= 200) query.append(key, value);
  }
  query.set("done", done);
  return redirectInLocale(`${pathname}?${query}`);
}
