"use server";
// Transport for the "propose a commitment" form (components/workspace/commitment-details-form.tsx). The rules and the
// authorization live in lib/mutations/propose-commitment.ts.
import { redirect } from "next/navigation";
import { proposeCommitment } from "@/lib/mutations/propose-commitment";
import { commitmentDetailsValuesFromForm } from "@/lib/validation/commitment-details-fields";
import type { CommitmentDetailsFormState } from "./commitment-details-form-state";
import { nextSubmission } from "./form-submission";
import { authorizedAction } from "./safe-action";

export const proposeCommitmentAction = authorizedAction<CommitmentDetailsFormState>(
  async (actor, formData, previous) => {
    const values = commitmentDetailsValuesFromForm(formData);
    const result = await proposeCommitment(actor, { values });
    if (result.ok) redirect(`/workspace?${new URLSearchParams({ proposed: result.commitment.slug })}`);
    return { values, submission: nextSubmission(previous), status: "invalid", fieldErrors: result.fieldErrors };
  },
  (reason, formData, previous) => ({
    status: reason === "unauthenticated" ? "signed_out" : "refused",
    values: commitmentDetailsValuesFromForm(formData),
    submission: nextSubmission(previous),
  }),
);
