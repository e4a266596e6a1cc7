"use server";
// Transport for the "propose a commitment" form (components/workspace/commitment-details-form.tsx). The rules and the
// authorization live in lib/mutations/propose-commitment.ts.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { proposeCommitment } from "@/lib/mutations/propose-commitment";
import { commitmentDetailsValuesFromForm } from "@/lib/validation/commitment-details-fields";
import { nextSubmission } from "@/lib/forms/form-data";
import type { CommitmentDetailsFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const proposeCommitmentAction = authorizedAction<CommitmentDetailsFormState>(
  async (actor, formData, previous) => {
    const values = commitmentDetailsValuesFromForm(formData);
    const result = await proposeCommitment(actor, { values });
    if (result.ok) return redirectInLocale(`/workspace?${new URLSearchParams({ proposed: result.commitment.slug })}`);
    return { values, submission: nextSubmission(previous), status: "invalid", fieldErrors: result.fieldErrors };
  },
  (formData) => ({ values: commitmentDetailsValuesFromForm(formData) }),
);
