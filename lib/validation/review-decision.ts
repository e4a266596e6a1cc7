// What a reviewer sends when publishing, returning or verifying a progress update. Error messages are message keys
// under "review.errors".
import { z } from "zod";
import { blankToUndefined } from "./field-errors";

export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/** Which update, and the version of it the reviewer was looking at (optimistic concurrency). */
export const reviewTargetSchema = z.object({
  updateId: z.uuid(),
  version: z.coerce.number().int().min(1),
});

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

const comment = z.string().trim().max(REVIEW_COMMENT_MAX_LENGTH, { error: "comment.tooLong" });

export const publishDecisionSchema = reviewTargetSchema.extend({
  evidenceVerified: checkbox,
  /** Optional when publishing: a note for the focal point, sent with the confirmation. */
  comment: z.preprocess(blankToUndefined, comment.optional()),
});

export const returnDecisionSchema = reviewTargetSchema.extend({
  /** Required: the focal point must know what to change. */
  comment: z
    .string({ error: "comment.required" })
    .trim()
    .min(1, { error: "comment.required" })
    .max(REVIEW_COMMENT_MAX_LENGTH, { error: "comment.tooLong" }),
});
