// The states of the access forms between submissions (useActionState). Plain data only: without JavaScript they are
// rendered into the page the form posts back to. Passwords are never part of a state, so a page never echoes one.
// `submission` counts submissions: forms are keyed on it, and the error summary is focused after each one.
import type { InviteField } from "@/lib/validation/invite-focal-point";

export type FieldErrors<Field extends string> = Partial<Record<Field, string[]>>;

export type InviteFormState = {
  status: "idle" | "invalid" | "account_exists" | "sent" | "email_failed" | "refused" | "signed_out";
  submission: number;
  /** What was typed, shown again after a refusal; cleared after a successful invitation. */
  values?: Record<InviteField, string>;
  fieldErrors?: FieldErrors<InviteField>;
  /** After "sent" or "email_failed": who was invited, for which member. */
  invited?: { email: string; memberName: string };
};

/** Accepting an invitation and resetting a password: a new password and its confirmation. */
export type SetPasswordFormState = {
  status: "idle" | "invalid" | "invalid_link";
  submission: number;
  fieldErrors?: FieldErrors<"password" | "confirm">;
};

export type ForgotPasswordFormState = {
  status: "idle" | "invalid" | "sent";
  submission: number;
  email?: string;
};

export type ChangePasswordFormState = {
  status: "idle" | "invalid" | "locked" | "changed" | "signed_out";
  submission: number;
  fieldErrors?: FieldErrors<"current" | "password" | "confirm">;
  minutes?: number;
};
