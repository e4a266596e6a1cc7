// The one contract of a form between submissions (React's useActionState): every server action answers with a
// FormState, and every form renders one. Plain data only: it travels to the browser, and without JavaScript it is
// rendered into the page the form posts back to. A success that leaves the form redirects instead (with a
// confirmation in the address, `?done=…`), so a reload cannot post it twice.
import type { FieldErrors } from "@/lib/validation/field-errors";

/** What any action may answer before its own rules are reached (lib/actions/safe-action.ts). */
type RefusedStatus = "refused" | "signed_out";

export type FormState<Status extends string, Values = Record<string, string>, Extra extends object = object> = {
  status: "idle" | Status | RefusedStatus;
  /** Counts submissions (lib/forms/form-data.ts): forms are keyed on it, so that they re-render with `values`, and
   * the error summary or alert is focused after each one. */
  submission: number;
  /** What was typed, so that nothing is lost when the form comes back. Never a password. */
  values?: Values;
  /** Message keys per field (or field path); the form turns them into words. */
  fieldErrors?: FieldErrors;
} & Extra;

/** Before the first submission. */
export const INITIAL_FORM_STATE = { status: "idle", submission: 0 } as const;
