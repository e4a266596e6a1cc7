"use server";
// Transport for the "post a progress update" form (components/workspace/progress-update-form.tsx): FormData in,
// form state out. The rule and the authorization live in lib/mutations/post-progress-update.ts.
import { redirect } from "next/navigation";
import { postProgressUpdate } from "@/lib/mutations/post-progress-update";
import { PROGRESS_UPDATE_FIELDS, type ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";
import { authorizedAction } from "./safe-action";
import type { ProgressUpdateFormState } from "./post-progress-update-state";

export const postProgressUpdateAction = authorizedAction<ProgressUpdateFormState>(
  async (actor, formData, previous) => {
    const values = valuesOf(formData);
    const result = await postProgressUpdate(actor, {
      ...values,
      commitmentId: text(formData, "commitmentId"),
      version: text(formData, "version"),
    });
    if (result.ok) redirect(`/workspace?${new URLSearchParams({ published: result.commitment.slug })}`);
    // Whatever went wrong, the form comes back with what was typed.
    const base = { values, submission: nextSubmission(previous) };
    switch (result.error) {
      case "invalid":
        return { ...base, status: "invalid", fieldErrors: result.fieldErrors };
      case "not_found":
        return { ...base, status: "not_found" };
      case "conflict":
        return {
          ...base,
          status: "conflict",
          current: { ...result.current, lastPublishedAt: result.current.lastPublishedAt?.toISOString() ?? null },
        };
    }
  },
  (reason, formData, previous) => ({
    status: reason === "unauthenticated" ? "signed_out" : "refused",
    values: valuesOf(formData),
    submission: nextSubmission(previous),
  }),
);

/** The previous state comes back from the browser (a hidden field without JavaScript): trust nothing in it. */
function nextSubmission(previous: ProgressUpdateFormState | null | undefined): number {
  const count = Number(previous?.submission);
  return Number.isSafeInteger(count) && count >= 0 ? count + 1 : 1;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function valuesOf(formData: FormData): ProgressUpdateFormValues {
  return Object.fromEntries(PROGRESS_UPDATE_FIELDS.map((field) => [field, text(formData, field)])) as ProgressUpdateFormValues;
}
