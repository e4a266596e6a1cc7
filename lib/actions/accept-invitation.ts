"use server";
// Transport for the invitation page's password form. No session is needed (the invitee has none yet): the link in
// the form is the credential, and lib/mutations/accept-invitation.ts checks it. On success the invitee is signed in
// on the spot (the link proved who they are; asking them to type the password they just chose again adds nothing)
// and lands in their workspace.
import { headers } from "next/headers";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { clientIp } from "@/lib/auth/client-ip";
import { ensureCsrfCookie } from "@/lib/auth/csrf";
import { issueSessionCookie } from "@/lib/auth/session-cookie";
import { createUserSession } from "@/lib/auth/user-sessions";
import { acceptInvitation } from "@/lib/mutations/accept-invitation";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { SetPasswordFormState } from "./form-states";

export async function acceptInvitationAction(
  previous: SetPasswordFormState,
  formData: FormData,
): Promise<SetPasswordFormState> {
  const submission = nextSubmission(previous);
  const result = await acceptInvitation({
    token: formText(formData, "token"),
    password: formText(formData, "password"),
    confirm: formText(formData, "confirm"),
  });
  if (!result.ok) {
    return result.error === "invalid"
      ? { status: "invalid", submission, fieldErrors: result.fieldErrors }
      : { status: "invalid_link", submission };
  }
  const requestHeaders = await headers();
  const session = await createUserSession({
    userId: result.user.id,
    ip: clientIp(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  });
  await issueSessionCookie({ user: result.user, session });
  // next-auth's CSRF cookie, which the header's sign-out form needs without JavaScript (this browser may never have
  // visited the sign-in page).
  await ensureCsrfCookie();
  return redirectInLocale("/workspace");
}
