// The state of the progress update form between submissions (useActionState), and of its autosave. Plain data
// only: it travels to the browser, and without JavaScript it is rendered into the page the form posts back to.
import type { FieldChange } from "@/lib/domain/workspace-conflict";
import type {
  FieldErrors,
  ProgressUpdateFormValues,
  UpdateConflictField,
} from "@/lib/validation/progress-update-fields";

export type ProgressUpdateIntent = "save" | "autosave" | "submit";

export type ProgressUpdateFormState = {
  status: "idle" | "saved" | "invalid" | "conflict" | "not_found" | "refused" | "signed_out";
  /** Counts submissions; the form is keyed on it so that it re-renders with `values` as typed. */
  submission: number;
  intent?: ProgressUpdateIntent;
  /** What was typed, so that nothing is lost when the form comes back. */
  values?: ProgressUpdateFormValues;
  /** Message keys under "workspace.update.errors", per field path. */
  fieldErrors?: FieldErrors;
  /** The update the form now edits: the next save checks this version. Null id and version: the next save creates
   * a new draft. Absent: keep what the form had. */
  draft?: { id: string | null; version: number | null };
  /** When the draft was saved (ISO), for "Saved at 14:32". */
  savedAt?: string;
  /** After a lost race: why, and the stored values next to the typed ones, field by field. */
  conflict?: { reason: "changed" | "exists" | "no_longer_editable"; changes: FieldChange<UpdateConflictField>[] };
};

export const INITIAL_PROGRESS_UPDATE_FORM_STATE: ProgressUpdateFormState = { status: "idle", submission: 0 };
