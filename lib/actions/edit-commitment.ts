"use server";
// Transport for the "edit commitment details" form (components/workspace/commitment-details-form.tsx). The rules and
// the authorization live in lib/mutations/edit-commitment.ts.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { editCommitment } from "@/lib/mutations/edit-commitment";
import { commitmentDetailsValuesFromForm } from "@/lib/validation/commitment-details-fields";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { CommitmentDetailsFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const editCommitmentAction = authorizedAction<CommitmentDetailsFormState>(
  async (actor, formData, previous) => {
    const values = commitmentDetailsValuesFromForm(formData);
    const result = await editCommitment(actor, {
      commitmentId: formText(formData, "commitmentId"),
      version: formText(formData, "version"),
      values,
    });
    if (result.ok) return redirectInLocale(`/workspace/commitments/${result.commitment.slug}?edited=1`);
    const base = { values, submission: nextSubmission(previous) };
    switch (result.error) {
      case "invalid":
        return { ...base, status: "invalid", fieldErrors: result.fieldErrors };
      case "not_found":
        return { ...base, status: "not_found" };
      case "conflict":
        return { ...base, status: "conflict", conflict: result.conflict };
    }
  },
  (formData) => ({ values: commitmentDetailsValuesFromForm(formData) }),
);
