"use server";
// Transport for the theme form (components/secretariat/register/theme-form.tsx).
import { saveTheme } from "@/lib/mutations/save-theme";
import { THEME_FIELDS } from "@/lib/validation/theme";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const saveThemeAction = consoleAction(THEME_FIELDS, async (actor, formData, values) => {
  const result = await saveTheme(actor, { ...values, id: formText(formData, "id") || undefined });
  if (result.ok) return redirectWithDone("/secretariat/themes", result.created ? "themeCreated" : "themeSaved");
  return result;
});
