"use server";
// Transport for the secretariat's invitation form (app/secretariat/invitations). The rule and the authorization
// live in lib/mutations/invite-focal-point.ts.
import { revalidatePath } from "next/cache";
import { inviteFocalPoint } from "@/lib/mutations/invite-focal-point";
import { INVITE_FIELDS, type InviteField } from "@/lib/validation/invite-focal-point";
import type { InviteFormState } from "./auth-form-states";
import { formText, nextSubmission } from "./form-submission";
import { authorizedAction } from "./safe-action";

export const inviteFocalPointAction = authorizedAction<InviteFormState>(
  async (actor, formData, previous) => {
    const values = valuesOf(formData);
    const submission = nextSubmission(previous);
    const result = await inviteFocalPoint(actor, values);
    if (!result.ok) {
      return result.error === "invalid"
        ? { status: "invalid", submission, values, fieldErrors: result.fieldErrors }
        : { status: "account_exists", submission, values };
    }
    revalidatePath("/secretariat/invitations");
    return {
      status: result.emailSent ? "sent" : "email_failed",
      submission,
      invited: { email: result.email, memberName: result.memberName },
    };
  },
  (reason, formData, previous) => ({
    status: reason === "unauthenticated" ? "signed_out" : "refused",
    submission: nextSubmission(previous),
    values: valuesOf(formData),
  }),
);

function valuesOf(formData: FormData): Record<InviteField, string> {
  const entries = INVITE_FIELDS.map((field) => [field, formText(formData, field)]);
  return Object.fromEntries(entries) as Record<InviteField, string>;
}
