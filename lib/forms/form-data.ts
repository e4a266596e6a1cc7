// Reading a posted form. Whatever arrives is turned into strings (a file, or nothing, is ""): validation judges them.

/** A field as text ("" when missing or a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Every value of a repeated field (checkboxes, multiple selects, rows), in order; a file counts as "". */
export function formList(formData: FormData, name: string): string[] {
  return formData.getAll(name).map((value) => (typeof value === "string" ? value : ""));
}

/** The named fields as text, to show again as typed; a field sent several times as its values joined by commas. */
export function formValues<Field extends string>(formData: FormData, fields: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(fields.map((field) => [field, formList(formData, field).join(",")])) as Record<
    Field,
    string
  >;
}

/**
 * The count of this form's submissions, one more than the previous state's. The previous state comes back from the
 * browser (a hidden field without JavaScript): nothing in it is trusted.
 */
export function nextSubmission(previous: { submission?: unknown } | null | undefined): number {
  const count = Number(previous?.submission);
  return Number.isSafeInteger(count) && count >= 0 ? count + 1 : 1;
}
