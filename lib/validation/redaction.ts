// What the secretariat sends to redact part of a published update. Error messages are message keys under
// "review.errors".
import { z } from "zod";
import { reviewTargetSchema } from "./review-decision";

export const REDACTION_REASON_MAX_LENGTH = 500;

export const redactionSchema = reviewTargetSchema.extend({
  /** "narrative", or the id of the evidence link to redact. */
  part: z.union([z.literal("narrative"), z.uuid()]),
  /** Required: the audit log says why (and never what was removed). */
  reason: z
    .string({ error: "reason.required" })
    .trim()
    .min(1, { error: "reason.required" })
    .max(REDACTION_REASON_MAX_LENGTH, { error: "reason.tooLong" }),
});
