"use server";
// Transport for "Accredit" and "Withdraw accreditation" on the accreditation page. The rule and the authorization
// live in lib/mutations/set-accreditation.ts.
import { setAccreditation } from "@/lib/mutations/set-accreditation";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const setAccreditationAction = consoleAction([], async (actor, formData) => {
  const decision = formText(formData, "decision");
  const result = await setAccreditation(actor, { memberId: formText(formData, "memberId"), decision });
  if (result.ok) return redirectWithDone("/secretariat/accreditation", result.accredited ? "accredited" : "withdrawn");
  return result;
});
