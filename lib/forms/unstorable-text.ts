// Text PostgreSQL cannot store as typed. A NUL character (U+0000) is refused outright ("invalid byte sequence"), and
// half of a UTF-16 surrogate pair ("lone surrogate") has no UTF-8 form, so it would be stored as U+FFFD: both only
// arrive by pasting from another program or by a hand-made request. Every server action checks what was posted
// before its handler runs (lib/actions/safe-action.ts), so such text is one plain field error, kept as typed, and
// nothing is written, in whatever form it was typed.
import type { FieldErrors } from "@/lib/validation/field-errors";

/** The message key of that error; every form finds it under common.form (components/form/messages.ts). */
export const UNSTORABLE_TEXT = "unstorableText";

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Whether any text field of a posted form holds text that cannot be stored (files are not text: not looked at). */
export function formHasUnstorableText(formData: FormData): boolean {
  for (const [, value] of formData) if (typeof value === "string" && !isStorableText(value)) return true;
  return false;
}

/**
 * The field paths of a form's values (as the form keeps them to show again) whose text cannot be stored, each with
 * the one message key. Paths are the forms' own: "narrative", "evidence.2.url", "milestones.0.title"; a list of rows
 * keyed by `kind` (a progress update's barriers) is addressed by kind, "barriers.FUNDING".
 */
export function unstorableTextErrors(values: unknown, path: string[] = []): FieldErrors {
  if (typeof values === "string")
    return isStorableText(values) ? {} : { [path.join(".") || "form"]: [UNSTORABLE_TEXT] };
  if (Array.isArray(values))
    return merge(values.map((row, index) => unstorableTextErrors(row, [...path, rowKey(row, index)])));
  if (values && typeof values === "object") {
    const byKind = isKindRow(values);
    const fields = Object.entries(values).filter(([key]) => !(byKind && key === "kind"));
    return merge(fields.map(([key, value]) => unstorableTextErrors(value, byKind ? path : [...path, key])));
  }
  return {};
}

function isKindRow(row: unknown): row is { kind: string } {
  return Boolean(row) && typeof row === "object" && typeof (row as { kind?: unknown }).kind === "string";
}

function rowKey(row: unknown, index: number): string {
  return isKindRow(row) ? row.kind : String(index);
}

function merge(errors: FieldErrors[]): FieldErrors {
  return Object.assign({}, ...errors) as FieldErrors;
}
