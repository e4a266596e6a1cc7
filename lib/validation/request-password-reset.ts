// The "forgot password" form: one email address.
import { z } from "zod";
import { emailAddressSchema } from "./email-address";

export const requestPasswordResetSchema = z.object({
  email: emailAddressSchema,
});
