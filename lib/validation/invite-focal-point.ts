// What the secretariat's invitation form may send. Error codes are keys under "auth.invitations.errors".
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { emailAddressSchema } from "./email-address";

const INVITEE_NAME_MAX_LENGTH = 200;

export const inviteFocalPointSchema = z.object({
  email: emailAddressSchema,
  name: z
    .string({ error: "name_required" })
    .trim()
    .min(1, "name_required")
    .max(INVITEE_NAME_MAX_LENGTH, "name_too_long"),
  memberId: z.uuid("member_required"),
  /** The invitee's language: the invitation's and every later email's, and the site's after they sign in. */
  /** Absent or empty (an older form, a script): the invitee's language stays as it was, English if never chosen. */
  locale: z.preprocess((value) => (value === "" ? undefined : value), z.enum(locales, "locale_invalid").optional()),
  /** A focal point of the member (the default), or a reviewer of an accredited civil-society organisation. */
  role: z.preprocess(
    (value) => (value === "" || value === undefined ? "FOCAL_POINT" : value),
    z.enum(["FOCAL_POINT", "REVIEWER"], "role_invalid"),
  ),
});

type InviteFocalPointInput = z.infer<typeof inviteFocalPointSchema>;
export type InviteField = keyof InviteFocalPointInput;

export const INVITE_FIELDS: readonly InviteField[] = ["email", "name", "memberId", "locale", "role"];
