"use server";
// Transport for the redaction forms of a published assessment (app/[locale]/secretariat/assessments/[id]). The rule
// and the authorization live in lib/mutations/redact-assessment.ts.
import { redactAssessment } from "@/lib/mutations/redact-assessment";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const redactAssessmentAction = consoleAction(["reason"], async (actor, formData, values) => {
  const result = await redactAssessment(actor, {
    ...values,
    updateId: formText(formData, "updateId"),
    version: formText(formData, "version"),
    part: formText(formData, "part"),
  });
  if (result.ok) return redirectWithDone(`/secretariat/assessments/${result.assessmentId}`, "redacted");
  return result;
});
