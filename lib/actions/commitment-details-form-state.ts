// The state of the commitment details forms (propose a commitment, edit a commitment) between submissions
// (useActionState). Plain data only: it travels to the browser, and without JavaScript it is rendered into the page
// the form posts back to. Success never comes back as a state: the action redirects with a confirmation.
import type { FieldChange } from "@/lib/domain/workspace-conflict";
import type { CommitmentConflictField, CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";

export type CommitmentDetailsFormState = {
  status: "idle" | "invalid" | "conflict" | "not_found" | "refused" | "signed_out";
  /** Counts submissions; the form is keyed on it so that it re-renders with `values` as typed. */
  submission: number;
  values?: CommitmentDetailsFormValues;
  /** Message keys under "workspace.details.errors", per field path. */
  fieldErrors?: Record<string, string[]>;
  /** After a lost race: the version the next save checks, and the stored values next to the typed ones. */
  conflict?: { version: number; changes: FieldChange<CommitmentConflictField>[] };
};

export const INITIAL_COMMITMENT_DETAILS_FORM_STATE: CommitmentDetailsFormState = { status: "idle", submission: 0 };
