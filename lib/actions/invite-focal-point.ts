"use server";
// Transport for the secretariat's invitation form (app/[locale]/secretariat/invitations). The rule and the authorization
// live in lib/mutations/invite-focal-point.ts.
import { revalidatePath } from "next/cache";
import { inviteFocalPoint } from "@/lib/mutations/invite-focal-point";
import { formValues, nextSubmission } from "@/lib/forms/form-data";
import { INVITE_FIELDS } from "@/lib/validation/invite-focal-point";
import type { InviteFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const inviteFocalPointAction = authorizedAction<InviteFormState>(
  async (actor, formData, previous) => {
    const values = formValues(formData, INVITE_FIELDS);
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
  (formData) => ({ values: formValues(formData, INVITE_FIELDS) }),
);
