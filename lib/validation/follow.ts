// The follow form: an address, what to follow and how often, and the language of the page it was sent from.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { SLUG_PATTERN } from "@/lib/domain/slug";
import { emailAddressSchema } from "./email-address";

const FOLLOW_TARGETS = ["commitment", "member", "theme"] as const;
const FOLLOW_FREQUENCIES = ["IMMEDIATE", "WEEKLY"] as const;

export const requestFollowSchema = z.object({
  email: emailAddressSchema,
  target: z.enum(FOLLOW_TARGETS),
  slug: z.string().max(120).regex(SLUG_PATTERN),
  frequency: z.enum(FOLLOW_FREQUENCIES, { error: "invalid_frequency" }),
  locale: z.enum(locales),
});
