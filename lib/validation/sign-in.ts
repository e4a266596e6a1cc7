// What the sign-in form may send. Emails are stored lower-cased (a database check enforces it), so they are
// compared lower-cased; passwords are compared exactly as typed, never trimmed or truncated.
import { z } from "zod";

/**
 * Passwords are never truncated. The ceiling only stops absurd inputs from costing CPU; anything a password manager
 * or a passphrase produces fits well under it.
 */
export const PASSWORD_MAX_LENGTH = 4096;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
