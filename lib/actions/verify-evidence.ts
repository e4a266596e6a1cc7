"use server";
// Transport for "Mark evidence verified" (components/secretariat/review/verify-evidence-form.tsx).
import { verifyEvidence } from "@/lib/mutations/verify-evidence";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const verifyEvidenceAction = consoleAction([], async (actor, formData) => {
  const result = await verifyEvidence(actor, {
    updateId: formText(formData, "updateId"),
    version: formText(formData, "version"),
  });
  if (result.ok) return redirectWithDone("/secretariat/review", "verified", formText(formData, "returnQuery"));
  return result;
});
