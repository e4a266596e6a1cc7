"use server";
// Transport for the member form (components/secretariat/register/member-form.tsx).
import { saveMember } from "@/lib/mutations/save-member";
import { MEMBER_FIELDS } from "@/lib/validation/member";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const saveMemberAction = consoleAction(MEMBER_FIELDS, async (actor, formData, values) => {
  const result = await saveMember(actor, {
    ...values,
    id: formText(formData, "id") || undefined,
    updatedAt: formText(formData, "updatedAt"),
  });
  if (result.ok) return redirectWithDone("/secretariat/members", result.created ? "memberCreated" : "memberSaved");
  return result;
});
