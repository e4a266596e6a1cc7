"use server";
// Transport for the review decision form on an assessment (the same form as for updates: one form, two buttons).
// The rules and the authorization live in lib/mutations/review-assessment.ts.
import { reviewAssessment } from "@/lib/mutations/review-assessment";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const reviewAssessmentAction = consoleAction(["comment"], async (actor, formData, values) => {
  const input = { ...values, updateId: formText(formData, "updateId"), version: formText(formData, "version") };
  const returning = formText(formData, "decision") === "return";
  const result = await reviewAssessment(actor, input, returning ? "return" : "publish");
  if (result.ok)
    return redirectWithDone(
      "/secretariat/review",
      returning ? "assessmentReturned" : "assessmentPublished",
      formText(formData, "returnQuery"),
    );
  return result;
});
