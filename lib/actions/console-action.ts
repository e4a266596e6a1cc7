// Builds the server actions of the secretariat console on the one authorizing wrapper (./safe-action.ts): the
// handler calls a mutation and redirects on success; whatever else happens comes back as a ConsoleFormState with
// what was typed.
import "server-only";
import { redirect } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import type { MutationFailure } from "@/lib/mutations/mutation-result";
import type { ConsoleFormState } from "./console-form-state";
import { authorizedAction, type FormAction } from "./safe-action";

type Handler = (actor: SessionUser, formData: FormData, values: Record<string, string>) => Promise<MutationFailure>;

export function consoleAction(fields: readonly string[], handler: Handler): FormAction<ConsoleFormState> {
  return authorizedAction<ConsoleFormState>(
    async (actor, formData, previous) => {
      const values = valuesOf(formData, fields);
      const failure = await handler(actor, formData, values);
      return {
        status: failure.error,
        submission: nextSubmission(previous),
        values,
        fieldErrors: failure.error === "invalid" ? failure.fieldErrors : undefined,
      };
    },
    (reason, formData, previous) => ({
      status: reason === "unauthenticated" ? "signed_out" : "refused",
      submission: nextSubmission(previous),
      values: valuesOf(formData, fields),
    }),
  );
}

/** A form field as text ("" when missing or a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Every value of a repeated field (checkboxes, multiple selects). */
export function formList(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string");
}

const KEPT_PARAM = /^[a-zA-Z]{1,20}$/;

/**
 * Back to a console list with a confirmation. `returnQuery` is the list's query string as the form was showing it
 * (a hidden field, so browser-controlled): only short, plainly named parameters survive, on our own path.
 */
export function redirectWithDone(pathname: string, done: string, returnQuery = ""): never {
  const query = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(returnQuery)) {
    if (KEPT_PARAM.test(key) && key !== "done" && value.length <= 200) query.append(key, value);
  }
  query.set("done", done);
  redirect(`${pathname}?${query}`);
}

/** What was typed, as text; a field sent several times (a multiple select) as its values joined by commas. */
function valuesOf(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, formList(formData, field).join(",")]));
}

/** The previous state comes back from the browser (a hidden field without JavaScript): trust nothing in it. */
function nextSubmission(previous: ConsoleFormState | null | undefined): number {
  const count = Number(previous?.submission);
  return Number.isSafeInteger(count) && count >= 0 ? count + 1 : 1;
}
