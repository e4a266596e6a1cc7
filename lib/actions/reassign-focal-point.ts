"use server";
import { reassignFocalPoint } from "@/lib/mutations/reassign-focal-point";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const reassignFocalPointAction = consoleAction(["memberId"], async (actor, formData, values) => {
  const result = await reassignFocalPoint(actor, { userId: formText(formData, "userId"), memberId: values.memberId });
  if (result.ok) return redirectWithDone("/secretariat/focal-points", "reassigned", formText(formData, "returnQuery"));
  return result;
});
