"use server";
// Transport for the translation screen (components/secretariat/translations/translation-form.tsx).
import { saveTranslations } from "@/lib/mutations/save-translations";
import { formText } from "@/lib/forms/form-data";
import { TRANSLATABLE_KINDS, translationFormFields } from "@/lib/validation/content-translation";
import { consoleAction, redirectWithDone } from "./console-action";

const FIELDS = [...new Set(TRANSLATABLE_KINDS.flatMap(translationFormFields))];

export const saveTranslationsAction = consoleAction(FIELDS, async (actor, formData, values) => {
  const kind = formText(formData, "kind");
  const id = formText(formData, "id");
  const result = await saveTranslations(actor, { kind, id, values });
  if (result.ok) return redirectWithDone(`/secretariat/translations/${kind}/${id}`, "translationsSaved");
  return result;
});
