"use server";
// Transport for /account/password. The mutation ends every other session; this one stays signed in because its
// cookie is re-issued here with the new session version (same session row, same 12-hour end).
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentSession } from "@/lib/auth/session";
import { issueSessionCookie } from "@/lib/auth/session-cookie";
import { changePassword } from "@/lib/mutations/change-password";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { ChangePasswordFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const changePasswordAction = authorizedAction<ChangePasswordFormState>(async (actor, formData, previous) => {
  const submission = nextSubmission(previous);
  const current = await getCurrentSession();
  if (!current) return { status: "signed_out", submission };
  const input = {
    current: formText(formData, "current"),
    password: formText(formData, "password"),
    confirm: formText(formData, "confirm"),
  };
  const result = await changePassword(actor, input, { sessionId: current.sessionId, ip: clientIp(await headers()) });
  if (!result.ok) {
    return result.error === "locked"
      ? { status: "locked", submission, minutes: result.minutes }
      : { status: "invalid", submission, fieldErrors: result.fieldErrors };
  }
  await issueSessionCookie({
    user: { id: actor.id, email: actor.email, name: actor.name, sessionVersion: result.sessionVersion },
    session: { id: result.session.id, expiresAt: result.session.expiresAt, signedInAt: current.signedInAt },
  });
  return { status: "changed", submission };
});
