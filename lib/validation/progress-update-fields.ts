// The fields and limits of a progress update, without the schema (and without zod), so that the form in the
// browser can share them with the server-side validation in ./progress-update.ts.

export const NARRATIVE_MAX_LENGTH = 5000;
export const DISCONTINUED_REASON_MAX_LENGTH = 1000;
export const EVIDENCE_URL_MAX_LENGTH = 2048;

export const PROGRESS_UPDATE_FIELDS = [
  "status",
  "percentComplete",
  "narrative",
  "evidenceUrl",
  "discontinuedReason",
] as const;
export type ProgressUpdateField = (typeof PROGRESS_UPDATE_FIELDS)[number];

/** What the form sends back: strings as typed, so a refused submission can be shown again unchanged. */
export type ProgressUpdateFormValues = Record<ProgressUpdateField, string>;

/** Message keys (under "workspace.update.errors"), per field. */
export type FieldErrors = Partial<Record<ProgressUpdateField, string[]>>;
