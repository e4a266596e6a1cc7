"use server";
// Transport for deactivating focal points: the row's own button, or the bulk form with the ticked rows.
import { deactivateFocalPoints } from "@/lib/mutations/deactivate-focal-points";
import { formList, formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const deactivateFocalPointsAction = consoleAction([], async (actor, formData) => {
  const result = await deactivateFocalPoints(actor, { userIds: formList(formData, "userIds") });
  if (result.ok) return redirectWithDone("/secretariat/focal-points", "deactivated", formText(formData, "returnQuery"));
  return result;
});
