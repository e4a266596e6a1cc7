"use server";
// Transport for the "Move up" / "Move down" buttons of the themes list.
import { moveTheme } from "@/lib/mutations/move-theme";
import { formText } from "@/lib/forms/form-data";
import { consoleAction, redirectWithDone } from "./console-action";

export const moveThemeAction = consoleAction([], async (actor, formData) => {
  const result = await moveTheme(actor, {
    themeId: formText(formData, "themeId"),
    direction: formText(formData, "direction"),
  });
  if (result.ok) return redirectWithDone("/secretariat/themes", "themeMoved");
  return result;
});
