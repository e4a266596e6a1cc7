// The one shape of a form's field errors: message keys per field, or per field path inside repeated rows
// ("evidence.2.url", "milestones.0.title"), so each message lands next to its own input. The forms turn the keys
// into words (components/form/); the server never sends words.
import type { z } from "zod";

/** Message keys per field. Name the fields to have them checked (`FieldErrors<"password" | "confirm">`). */
export type FieldErrors<Field extends string = string> = string extends Field
  ? Record<string, string[]>
  : Partial<Record<Field, string[]>>;

/** Zod issues as message keys per top-level field ({ name: ["name.required"] }); issues of no field go under "form". */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = typeof issue.path[0] === "string" ? issue.path[0] : "form";
    const list = (errors[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}

/** Zod issues as message keys per field path, the first issue of each only: the most basic ("required" before
 * "too long") is enough to act on. */
export function fieldErrorsByPath(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    errors[path] ??= [issue.message];
  }
  return errors;
}

/** "" (an empty form field) as undefined, so optional fields may be left blank. */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
