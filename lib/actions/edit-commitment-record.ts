"use server";
// Transport for the console's "record" form of a commitment: kind, addressees, editorial note, co-members, adoption.
import { editCommitmentRecord } from "@/lib/mutations/edit-commitment-record";
import { formList, formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

const FIELDS = ["kind", "addressedTo", "addresseeDetail", "editorialNote", "coMemberIds", "adoptedFromId"];

export const editCommitmentRecordAction = consoleAction(FIELDS, async (actor, formData) => {
  const result = await editCommitmentRecord(actor, {
    commitmentId: formText(formData, "commitmentId"),
    version: formText(formData, "version"),
    kind: formText(formData, "kind"),
    addressedTo: formList(formData, "addressedTo"),
    addresseeDetail: formText(formData, "addresseeDetail"),
    editorialNote: formText(formData, "editorialNote"),
    coMemberIds: formList(formData, "coMemberIds"),
    adoptedFromId: formText(formData, "adoptedFromId"),
  });
  if (result.ok) return redirectWithDone("/secretariat/commitments", "recordSaved", formText(formData, "returnQuery"));
  return result;
});
