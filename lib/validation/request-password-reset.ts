// The "forgot password" form: one email address.
import { z } from "zod";

export const requestPasswordResetSchema = z.object({
  email: z.string({ error: "invalid_email" }).trim().toLowerCase().max(320, "invalid_email").pipe(z.email("invalid_email")),
});
