"use server";
import { withdrawInvitation } from "@/lib/mutations/withdraw-invitation";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const withdrawInvitationAction = consoleAction([], async (actor, formData) => {
  const result = await withdrawInvitation(actor, { userId: formText(formData, "userId") });
  if (result.ok) return redirectWithDone("/secretariat/invitations", "withdrawn");
  return result;
});
