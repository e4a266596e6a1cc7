// Each form's state: the one contract (lib/forms/form-state.ts) with the form's own outcomes and extras.
import type { FieldChange } from "@/lib/domain/workspace-conflict";
import type { FormState } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import type { CommitmentConflictField, CommitmentDetailsFormValues } from "@/lib/validation/commitment-details-fields";
import type { InviteField } from "@/lib/validation/invite-focal-point";
import type { ProgressUpdateFormValues, UpdateConflictField } from "@/lib/validation/progress-update-fields";
import type { CycleFormValues } from "@/lib/validation/reporting-cycle";

/** The secretariat console's forms (register, review, proposals, focal points): success redirects to the list. */
export type ConsoleFormState = FormState<"invalid" | "conflict" | "not_found" | "wrong_state">;

/** The reporting forms (cycles, reminders): what happened, as a message key under "reporting.results". */
export type ReportingFormState = FormState<
  "done" | "invalid" | "error",
  Partial<CycleFormValues>,
  { message?: string; messageValues?: Record<string, string | number> }
>;

export type ProgressUpdateIntent = "save" | "autosave" | "submit";

/** The progress update form, and its autosave. Submitting redirects; saving a draft comes back "saved". */
export type ProgressUpdateFormState = FormState<
  "saved" | "invalid" | "conflict" | "not_found",
  ProgressUpdateFormValues,
  {
    intent?: ProgressUpdateIntent;
    /** The update the form now edits: the next save checks this version. Null id and version: the next save
     * creates a new draft. Absent: keep what the form had. */
    draft?: { id: string | null; version: number | null };
    /** When the draft was saved (ISO), for "Saved at 14:32". */
    savedAt?: string;
    /** After a lost race: why, and the stored values next to the typed ones, field by field. */
    conflict?: { reason: "changed" | "exists" | "no_longer_editable"; changes: FieldChange<UpdateConflictField>[] };
  }
>;

/** Proposing and editing a commitment's details. Success redirects. */
export type CommitmentDetailsFormState = FormState<
  "invalid" | "conflict" | "not_found",
  CommitmentDetailsFormValues,
  {
    /** After a lost race: the version the next save checks, and the stored values next to the typed ones. */
    conflict?: { version: number; changes: FieldChange<CommitmentConflictField>[] };
  }
>;

/** The invitation form: after "sent" or "email_failed" it is empty again, and says who was invited. */
export type InviteFormState = FormState<
  "invalid" | "account_exists" | "sent" | "email_failed",
  Record<InviteField, string>,
  { invited?: { email: string; memberName: string } }
>;

/** Accepting an invitation and resetting a password: a new password and its confirmation, never sent back. */
export type SetPasswordFormState = FormState<"invalid" | "invalid_link", never>;

/** Signing in with an emailed sign-in link: success redirects; the only refusal is a link that no longer works. */
export type SignInLinkFormState = FormState<"invalid_link", never>;

export type ForgotPasswordFormState = FormState<"invalid" | "sent", never, { email?: string }>;

export type ChangePasswordFormState = FormState<"invalid" | "locked" | "changed", never, { minutes?: number }>;

/** The account's language: saved, with the language chosen, so the page can offer to continue in it. */
export type PreferredLocaleFormState = FormState<"invalid" | "saved", never, { locale?: Locale }>;

/** "Follow by email": the same "sent" whether or not the address already follows; "limited" names the limit hit. */
export type FollowFormState = FormState<
  "invalid" | "sent" | "limited" | "not_found",
  { email: string; frequency: string },
  { email?: string; limit?: "address" | "client" }
>;

/** The buttons behind a follow's confirmation and unsubscribe links. */
export type FollowLinkFormState = FormState<"done" | "invalid_link">;
