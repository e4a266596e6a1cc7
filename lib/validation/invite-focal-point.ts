// What the secretariat's invitation form may send. Error codes are keys under "auth.invitations.errors".
import { z } from "zod";
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
});

type InviteFocalPointInput = z.infer<typeof inviteFocalPointSchema>;
export type InviteField = keyof InviteFocalPointInput;

export const INVITE_FIELDS: readonly InviteField[] = ["email", "name", "memberId"];
