"use server";
// Transport for the reset-password form. The link is the credential (lib/mutations/reset-password.ts). On success
// every session of the account has just ended, so the person signs in again with the new password: the sign-in page
// says the password was changed and has their email filled in.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { resetPassword } from "@/lib/mutations/reset-password";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { SetPasswordFormState } from "./form-states";

export async function resetPasswordAction(
  previous: SetPasswordFormState,
  formData: FormData,
): Promise<SetPasswordFormState> {
  const submission = nextSubmission(previous);
  const result = await resetPassword({
    token: formText(formData, "token"),
    password: formText(formData, "password"),
    confirm: formText(formData, "confirm"),
  });
  if (!result.ok) {
    return result.error === "invalid"
      ? { status: "invalid", submission, fieldErrors: result.fieldErrors }
      : { status: "invalid_link", submission };
  }
  return redirectInLocale(`/sign-in?${new URLSearchParams({ notice: "password-reset", email: result.email })}`);
}
