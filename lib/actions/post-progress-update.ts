"use server";
// Transport for the progress update form (components/workspace/progress-update-form.tsx): one form, two buttons
// ("Save draft", "Submit for review"), plus autosave, which calls this same action with intent=autosave while the
// person types. FormData in, form state out; the rules and the authorization live in lib/mutations/
// (save-update-draft.ts, submit-update.ts, both over write-progress-update.ts).
import { redirectInLocale } from "@/lib/i18n/redirect";
import { saveUpdateDraft } from "@/lib/mutations/save-update-draft";
import { submitUpdate } from "@/lib/mutations/submit-update";
import { progressUpdateValuesFromForm } from "@/lib/validation/progress-update-fields";
import { formText, nextSubmission } from "@/lib/forms/form-data";
import type { ProgressUpdateFormState, ProgressUpdateIntent } from "./form-states";
import { authorizedAction } from "./safe-action";

export const postProgressUpdateAction = authorizedAction<ProgressUpdateFormState>(
  async (actor, formData, previous) => {
    const intent = intentOf(formData);
    const values = progressUpdateValuesFromForm(formData);
    const input = {
      commitmentId: formText(formData, "commitmentId"),
      draftId: formText(formData, "draftId"),
      version: formText(formData, "version"),
      values,
    };
    const result = intent === "submit" ? await submitUpdate(actor, input) : await saveUpdateDraft(actor, input);
    // A submitted update leaves the form: the workspace confirms it (a reload cannot post it twice).
    if (result.ok && intent === "submit")
      return redirectInLocale(`/workspace?${new URLSearchParams({ submitted: result.commitment.slug })}`);
    // Whatever happened, the form comes back with what was typed.
    const base = { intent, values, submission: nextSubmission(previous) };
    if (result.ok) {
      return {
        ...base,
        status: "saved",
        draft: { id: result.updateId, version: result.version },
        savedAt: result.savedAt.toISOString(),
      };
    }
    switch (result.error) {
      case "invalid":
        return { ...base, status: "invalid", fieldErrors: result.fieldErrors };
      case "not_found":
        return { ...base, status: "not_found" };
      case "conflict": {
        const { reason, changes, draftId, version } = result.conflict;
        return {
          ...base,
          status: "conflict",
          conflict: { reason, changes },
          draft: { id: draftId, version },
        };
      }
    }
  },
  (formData) => ({ intent: intentOf(formData), values: progressUpdateValuesFromForm(formData) }),
);

function intentOf(formData: FormData): ProgressUpdateIntent {
  const intent = formText(formData, "intent");
  return intent === "submit" || intent === "autosave" ? intent : "save";
}
