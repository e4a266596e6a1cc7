import { z } from "zod";

/** An email address as people type it: trimmed and lower-cased (users.email is stored lower-cased). */
export const emailAddressSchema = z
  .string({ error: "invalid_email" })
  .trim()
  .toLowerCase()
  .max(320, "invalid_email")
  .pipe(z.email("invalid_email"));
