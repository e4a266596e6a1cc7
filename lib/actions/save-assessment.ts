"use server";
// Transport for the assessment form (components/workspace/assessment-form.tsx): "Save draft" or "Submit for review"
// (intent=save|submit). The rules and the authorization live in lib/mutations/write-assessment.ts. Saving comes back
// to the form with the next version; submitting goes to the reviewer's list.
import { writeAssessment } from "@/lib/mutations/write-assessment";
import { formText } from "@/lib/forms/form-data";
import { ASSESSMENT_FORM_FIELDS, assessmentValuesFromForm } from "@/lib/validation/assessment";
import { consoleAction, redirectWithDone } from "./console-action";

export const saveAssessmentAction = consoleAction(ASSESSMENT_FORM_FIELDS, async (actor, formData) => {
  const submitting = formText(formData, "intent") === "submit";
  const result = await writeAssessment(
    actor,
    {
      commitmentId: formText(formData, "commitmentId"),
      assessmentId: formText(formData, "assessmentId"),
      version: formText(formData, "version"),
      values: assessmentValuesFromForm(formData),
    },
    submitting ? "submit" : "draft",
  );
  if (!result.ok) return result;
  return submitting
    ? redirectWithDone("/workspace/assessments", "submitted")
    : redirectWithDone(`/workspace/assessments/${result.commitment.slug}`, "saved");
});
