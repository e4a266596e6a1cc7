"use server";
import { reactivateFocalPoint } from "@/lib/mutations/reactivate-focal-point";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const reactivateFocalPointAction = consoleAction([], async (actor, formData) => {
  const result = await reactivateFocalPoint(actor, { userId: formText(formData, "userId") });
  if (result.ok) return redirectWithDone("/secretariat/focal-points", "reactivated", formText(formData, "returnQuery"));
  return result;
});
