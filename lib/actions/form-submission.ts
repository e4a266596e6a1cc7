// Helpers shared by the form actions: read a posted field, count submissions.

/** The previous state comes back from the browser (a hidden field without JavaScript): trust nothing in it. */
export function nextSubmission(previous: { submission?: unknown } | null | undefined): number {
  const count = Number(previous?.submission);
  return Number.isSafeInteger(count) && count >= 0 ? count + 1 : 1;
}

export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
