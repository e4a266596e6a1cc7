"use server";
// Transport for the import preview's confirmation (components/secretariat/import/confirm-import-form.tsx): the batch
// and the previewed file's hash; lib/imports/confirm-import.ts authorizes, re-plans and writes.
import { redirectInLocale } from "@/lib/i18n/redirect";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { confirmImport } from "@/lib/imports/confirm-import";
import { authorizedAction } from "./safe-action";

export type ConfirmImportState = FormState<
  "notFound" | "alreadyApplied" | "hasErrors" | "nothingToDo" | "changedSincePreview"
>;

export const confirmImportAction = authorizedAction<ConfirmImportState>(async (actor, formData, previous) => {
  const batchId = formText(formData, "batchId");
  const outcome = await confirmImport(actor, batchId, formText(formData, "sha256"));
  if (outcome.ok)
    return redirectInLocale(`/secretariat/import/${batchId}?created=${outcome.created}&changed=${outcome.changed}`);
  return { status: outcome.reason, submission: nextSubmission(previous) };
});
