"use server";
// Transport for the "discontinue" form of an approved commitment.
import { discontinueCommitment } from "@/lib/mutations/discontinue-commitment";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const discontinueCommitmentAction = consoleAction(["reason"], async (actor, formData, values) => {
  const result = await discontinueCommitment(actor, {
    ...values,
    commitmentId: formText(formData, "commitmentId"),
    version: formText(formData, "version"),
  });
  if (result.ok) return redirectWithDone("/secretariat/commitments", "discontinued", formText(formData, "returnQuery"));
  return result;
});
