"use server";
// Transport for the redaction form (components/secretariat/review/redact-form.tsx). The rule and the authorization
// live in lib/mutations/redact-update.ts.
import { redactUpdate } from "@/lib/mutations/redact-update";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const redactUpdateAction = consoleAction(["reason"], async (actor, formData, values) => {
  const updateId = formText(formData, "updateId");
  const result = await redactUpdate(actor, {
    ...values,
    updateId,
    version: formText(formData, "version"),
    part: formText(formData, "part"),
  });
  if (result.ok) return redirectWithDone(`/secretariat/updates/${result.updateId}`, "redacted");
  return result;
});
