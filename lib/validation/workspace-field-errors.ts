// zod issues as the workspace forms show them: message keys per field path ("narrative", "evidence.1.url",
// "milestones.0.title"), so each message lands next to its own input, even inside repeated rows.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export function fieldErrorsByPath(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    // One message per field is enough to act on; the first is the most basic ("required" before "too long").
    errors[path] ??= [issue.message];
  }
  return errors;
}
