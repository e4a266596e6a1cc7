// The state of a secretariat console form between submissions (useActionState). Plain data only: it travels to the
// browser, and without JavaScript it is rendered into the page the form posts back to. Success never comes back
// as a state: the action redirects to the list with a confirmation (`?done=…`), so a reload cannot post it twice.
export type ConsoleFormStatus =
  "idle" | "invalid" | "conflict" | "not_found" | "wrong_state" | "refused" | "signed_out";

export type ConsoleFormState = {
  status: ConsoleFormStatus;
  /** Counts submissions; forms are keyed on it so that they re-render with `values` as typed. */
  submission: number;
  /** What was typed, so that nothing is lost when the form comes back. */
  values?: Record<string, string>;
  /** Message keys per field. */
  fieldErrors?: Record<string, string[]>;
};

export const INITIAL_CONSOLE_FORM_STATE: ConsoleFormState = { status: "idle", submission: 0 };
