// The state of the progress update form between submissions (useActionState). Plain data only: it travels to the
// browser, and without JavaScript it is rendered into the page the form posts back to.
import type { ImplementationStatus } from "@/lib/generated/prisma/enums";
import type { FieldErrors, ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";

export type ProgressUpdateFormState = {
  status: "idle" | "invalid" | "conflict" | "not_found" | "refused" | "signed_out";
  /** Counts submissions; the form is keyed on it so that it re-renders with `values` as typed. */
  submission: number;
  values?: ProgressUpdateFormValues;
  /** Message keys under "workspace.update.errors", per field. */
  fieldErrors?: FieldErrors;
  /** After a conflict: the commitment as someone else just left it; its version is what the next save checks. */
  current?: {
    version: number;
    status: ImplementationStatus | null;
    percentComplete: number | null;
    lastPublishedAt: string | null;
  };
};

export const INITIAL_PROGRESS_UPDATE_FORM_STATE: ProgressUpdateFormState = { status: "idle", submission: 0 };
