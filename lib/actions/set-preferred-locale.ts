"use server";
// Transport for the language section of /account/password. The rule lives in lib/mutations/set-preferred-locale.ts.
import { formText, nextSubmission } from "@/lib/forms/form-data";
import { setPreferredLocale } from "@/lib/mutations/set-preferred-locale";
import type { PreferredLocaleFormState } from "./form-states";
import { authorizedAction } from "./safe-action";

export const setPreferredLocaleAction = authorizedAction<PreferredLocaleFormState>(
  async (actor, formData, previous) => {
    const submission = nextSubmission(previous);
    const result = await setPreferredLocale(actor, formText(formData, "locale"));
    if (!result.ok) return { status: "invalid", submission, fieldErrors: { locale: ["invalid"] } };
    return { status: "saved", submission, locale: result.locale };
  },
);
