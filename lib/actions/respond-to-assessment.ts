"use server";
// Transport for a focal point's response to a published assessment (components/workspace/assessment-response-form.tsx).
// The rule and the authorization live in lib/mutations/respond-to-assessment.ts.
import { respondToAssessment } from "@/lib/mutations/respond-to-assessment";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const respondToAssessmentAction = consoleAction(["text", "language"], async (actor, formData, values) => {
  const result = await respondToAssessment(actor, { ...values, assessmentId: formText(formData, "assessmentId") });
  if (result.ok) return redirectWithDone(`/workspace/commitments/${result.commitmentSlug}/assessments`, "responded");
  return result;
});
