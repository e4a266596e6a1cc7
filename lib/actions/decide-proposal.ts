"use server";
// Transport for the proposal decision form: approve, or return with a comment (one form, two buttons).
import { approveCommitment } from "@/lib/mutations/approve-commitment";
import { returnProposal } from "@/lib/mutations/return-proposal";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const decideProposalAction = consoleAction(["comment"], async (actor, formData, values) => {
  const input = { ...values, commitmentId: formText(formData, "commitmentId"), version: formText(formData, "version") };
  const returning = formText(formData, "decision") === "return";
  const result = returning ? await returnProposal(actor, input) : await approveCommitment(actor, input);
  if (result.ok)
    return redirectWithDone(
      "/secretariat/commitments",
      returning ? "proposalReturned" : "proposalApproved",
      formText(formData, "returnQuery"),
    );
  return result;
});
