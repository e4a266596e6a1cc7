"use server";
// Transport for the "forgot password" form. Anyone may ask (no session); the same answer whatever the address, and
// the email goes out after the response (next/server after()), so its timing tells nothing either.
import { headers } from "next/headers";
import { after } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/mutations/request-password-reset";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { ForgotPasswordFormState } from "./form-states";

export async function requestPasswordResetAction(
  previous: ForgotPasswordFormState,
  formData: FormData,
): Promise<ForgotPasswordFormState> {
  const submission = nextSubmission(previous);
  const result = await requestPasswordReset(
    { email: formText(formData, "email") },
    {
      ip: clientIp(await headers()),
      deliver: (send) => {
        after(async () => {
          await send();
        });
      },
    },
  );
  return result.ok ? { status: "sent", submission, email: result.email } : { status: "invalid", submission };
}
