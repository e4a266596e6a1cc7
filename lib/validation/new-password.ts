// A new password and its confirmation, as typed into the invitation, reset and change-password forms. The rule
// itself is ./password-policy.ts; this turns it into per-field error codes (keys under "auth.password.errors").
import type { FieldErrors } from "./field-errors";
import { passwordProblems } from "./password-policy";

export type NewPasswordErrors = FieldErrors<"password" | "confirm">;

export type NewPasswordResult = { ok: true; password: string } | { ok: false; fieldErrors: NewPasswordErrors };

export function checkNewPassword(
  input: { password?: unknown; confirm?: unknown },
  context: { email: string },
): NewPasswordResult {
  const password = typeof input.password === "string" ? input.password : "";
  const confirm = typeof input.confirm === "string" ? input.confirm : "";
  if (password.length === 0) return { ok: false, fieldErrors: { password: ["required"] } };
  const problems = passwordProblems(password, context);
  if (problems.length > 0) return { ok: false, fieldErrors: { password: problems } };
  // Compared exactly: a confirmation that differs only by a trailing space is a different password.
  if (confirm !== password) {
    return { ok: false, fieldErrors: { confirm: [confirm.length === 0 ? "required" : "mismatch"] } };
  }
  return { ok: true, password };
}
